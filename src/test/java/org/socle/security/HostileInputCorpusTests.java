package org.socle;

import java.beans.PropertyDescriptor;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.socle.beneficiary.BeneficiaryFixtures;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A corpus of hostile values sent as manager, auditor and admin to every form, list
 * parameter and upload endpoint, found in Spring's handler mappings (a new endpoint is
 * covered without editing this test): every answer is below 500, and no page shows a
 * payload unescaped, neither in the answer nor on any page afterwards. Each endpoint gets
 * a rotating share of the corpus (every value reaches many endpoints) to keep the run
 * short.
 */
@SocleTest
class HostileInputCorpusTests {

	/** Payloads whose raw appearance in HTML would be an injection. */
	static final List<String> RAW_MARKERS = List.of("<script>alert(", "<img src=x onerror", "<svg/onload",
			"<iframe src=javascript", "<details open ontoggle", "<body onload");

	static final String XSS = "<script>alert('socle-xss')</script>";

	static final List<String> TEXT = List.of(
			// cross-site scripting and template injection
			XSS, "\"><img src=x onerror=alert(1)>", "<svg/onload=alert(1)>", "'\"><iframe src=javascript:alert(1)>",
			"javascript:alert(1)", "</textarea><script>alert(2)</script>", "<details open ontoggle=alert(1)>",
			"<body onload=alert(1)>", "\" autofocus onfocus=alert(1) x=\"", "'-alert(1)-'",
			"</script><script>alert(3)</script>", "<a href=\"javascript:alert(1)\">x</a>", "{{7*7}}", "[[${7*7}]]",
			"__${T(java.lang.Runtime).getRuntime()}__::.x", "*{7*7}", "#{7*7}", "~{::x}", "@{/x}", "|${7*7}|",
			"${jndi:ldap://127.0.0.1/a}", "&lt;script&gt;", "<!--", "]]>", "<?xml version=\"1.0\"?><!DOCTYPE x>",
			// SQL metacharacters
			"' OR '1'='1", "'; DROP TABLE beneficiary; --", "1 OR 1=1", "1; SELECT pg_sleep(5)",
			"' UNION SELECT password_hash FROM app_user --", "%", "_", "\\", "'", "\"", ";", "--", "/*", "*/",
			"(select 1)", "1' AND SLEEP(5)#", "$$", "E'\\x00'", "' || (select version()) || '", "%' AND '%'='",
			"nameFr,desc", "id,sideways", "passwordHash", "lastName;drop", "1)) or ((1=1",
			// very long strings
			"a".repeat(1_000), "a".repeat(20_000), "é".repeat(5_000), "ش".repeat(5_000), "😀".repeat(3_000),
			"<".repeat(10_000), "9".repeat(400), "x ".repeat(5_000),
			// invalid and extreme dates and numbers
			"2024-13-45", "0000-00-00", "9999-12-31", "-999999999-01-01", "+1000000-01-01", "2024-02-30", "31/12/2024",
			"1900-01-01", "2100-01-01", "1970-01-01T00:00:00Z", "yesterday", "", " ", "NaN", "Infinity", "-Infinity",
			"-1", "0", "-0", "1e308", "1e-308", "9223372036854775808", "-9223372036854775809", "2147483648",
			"99999999999", "99999999999999999999999", "0x10", "1,5", "1.5", "١٢٣", "٠", "+1", "1_000", "00000001",
			"3.4028235E39", "true", "null", "undefined", "[]", "{}", "1/0", "12:61", "2024-W53", "-2147483649",
			// right-to-left overrides, zero-width and other Unicode traps
			"\u202Egnp.exe", "abc\u202Ddef", "\u200B", "a\u200Bb", "\u200D", "\uFEFF", "\u2066x\u2069", "\u061C",
			"e\u0301", "\u01C4", "\uFFFD", "\uD800", "\uDFFF", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
			"Z\u0364\u0351\u0353a\u0308\u0347l\u036Eo", "\u2028", "\u2029", "\uFFFF",
			// control characters
			"\u0000", "a\u0000b", "\u0001", "\u0007", "\b", "\u001b[31mred", "\u007f", "\u0085", "\u009f",
			"\r\n\r\nHTTP/1.1 200 OK", "line\nbreak", "tab\tbed", "\f", "\u000b", "%00", "a\r\nSet-Cookie: x=y",
			// formula injection
			"=1+1", "=HYPERLINK(\"http://evil.example\",\"clic\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1,1)", "\t=1+1",
			"\r=1", "=cmd|'/c calc'!A1", "=IMPORTXML(\"http://x\",\"//a\")", "DDE(\"cmd\";\"/C calc\")", "'=1", "==",
			// broken encodings (already decoded: what a client with the wrong charset
			// sends)
			"Ã©", "\uFFFD\uFFFD", "%zz", "%e9", "%C3%28", "%ED%A0%80", "Ã\u0028", "%%%", "\u00C3\u00A9t\u00C3\u00A9",
			"\u0092", "â€™",
			// traversal and other addresses
			"../../etc/passwd", "..\\..\\windows\\win.ini", "file:///etc/passwd", "http://169.254.169.254/",
			"//evil.example", "/\\evil.example", "?lang=ar", "#x", "&status=ALL",
			// more of the same families
			"<IMG SRC=JaVaScRiPt:alert(1)>", "<scr<script>ipt>alert(1)</script>", "<input onfocus=alert(1) autofocus>",
			"' OR 1=1 LIMIT 1 --", "1 UNION ALL SELECT NULL,NULL--", "2024-00-10", "1999-12-31T25:00", "-5e-324",
			"4294967296", "؀؁", "⁪hidden⁯", "=SUM(A1:A9)*0+\"owned\"");

	/**
	 * Uploads: wrong types, broken and hostile files, malformed and deeply nested JSON.
	 */
	static final List<Upload> FILES = files();

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	BeneficiaryFixtures beneficiaries;

	private final List<String> failures = new ArrayList<>();

	private int sent;

	@Test
	void noHostileValueGetsAServerErrorOrComesBackUnescaped() throws Exception {
		assertThat(TEXT.size() + FILES.size()).isGreaterThanOrEqualTo(200);
		long e = this.establishments.establishment("Corpus home", this.identity.organisation("Test Org A")).id();
		long b = this.beneficiaries.beneficiary(e, XSS)
			.firstName("<img src=x onerror=alert(1)>")
			.admitted(LocalDate.of(2024, 1, 1), null, null)
			.create();
		List<RequestPostProcessor> roles = List.of(user(this.identity.managerA()), user(this.identity.auditor()),
				user(this.identity.admin()));
		List<Endpoint> endpoints = endpoints(e, b);
		assertThat(endpoints).hasSizeGreaterThan(50);
		int turn = 0;
		for (Endpoint endpoint : endpoints) {
			for (int i = 0; i < 5; i++, turn++) {
				String value = TEXT.get((turn * 7) % TEXT.size());
				send(endpoint, value, FILES.get(turn % FILES.size()), roles.get(turn % roles.size()));
			}
			send(endpoint, XSS, FILES.get(0), roles.get(turn++ % roles.size()));
		}
		for (Endpoint endpoint : endpoints) {
			if (endpoint.method == RequestMethod.GET) {
				for (RequestPostProcessor role : roles) {
					check(endpoint, "afterwards",
							() -> this.mvc.perform(get(endpoint.path).with(role)).andReturn().getResponse());
				}
			}
		}
		assertThat(this.sent).isGreaterThan(500);
		assertThat(this.failures).isEmpty();
	}

	/**
	 * Malformed multipart bodies, through the real server (MockMvc does not parse
	 * multipart bodies: Tomcat does), to every upload endpoint, as manager and admin; the
	 * CSRF token travels in a header, so the body reaches the multipart parser.
	 */
	@Test
	void malformedMultipartBodiesGetAClientErrorNeverAServerError() throws Exception {
		long e = this.establishments.establishment("Multipart home", this.identity.organisation("Test Org A")).id();
		long b = this.beneficiaries.beneficiary(e, "Multipart").admitted(LocalDate.of(2024, 1, 1), null, null).create();
		List<Endpoint> uploads = endpoints(e, b).stream().filter((endpoint) -> endpoint.upload != null).toList();
		assertThat(uploads).isNotEmpty();
		String part = "Content-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\nnom;prenom\r\n";
		Map<String, String[]> bodies = Map.of( // name -> content type, body
				"truncated boundary", new String[] { "multipart/form-data; boundary=B0", "--B0\r\n" + part + "--B" },
				"no closing boundary", new String[] { "multipart/form-data; boundary=B0", "--B0\r\n" + part },
				"missing boundary", new String[] { "multipart/form-data", "--B0\r\n" + part + "--B0--\r\n" },
				"other boundary", new String[] { "multipart/form-data; boundary=B1", "--B0\r\n" + part + "--B0--\r\n" },
				"wrong content type", new String[] { "text/plain", "--B0\r\n" + part + "--B0--\r\n" },
				"form content type",
				new String[] { "application/x-www-form-urlencoded", "--B0\r\n" + part + "--B0--\r\n" },
				"part without name",
				new String[] { "multipart/form-data; boundary=B0",
						"--B0\r\nContent-Disposition: form-data; filename=\"a.csv\"\r\n\r\nx\r\n--B0--\r\n" },
				"part without headers",
				new String[] { "multipart/form-data; boundary=B0", "--B0\r\n\r\nx\r\n--B0--\r\n" }, "empty body",
				new String[] { "multipart/form-data; boundary=B0", "" });
		for (SocleUser role : List.of(this.identity.managerA(), this.identity.admin())) {
			ServerSession session = ServerSession.logIn(this.port, role.getUsername(), IdentityFixtures.PASSWORD);
			for (Endpoint endpoint : uploads) {
				bodies.forEach((name, request) -> {
					this.sent++;
					int status = session.post(endpoint.path, request[0], request[1]);
					if (status >= 500) {
						this.failures.add(status + " " + endpoint + " with a multipart body: " + name);
					}
				});
			}
		}
		assertThat(this.failures).isEmpty();
	}

	/** A logged-in browser on the real server, with the session's CSRF token. */
	record ServerSession(HttpClient client, int port, String csrf) {

		static ServerSession logIn(int port, String username, String password) throws Exception {
			HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			ServerSession anonymous = new ServerSession(client, port, null);
			String token = anonymous.csrfOf("/login");
			HttpResponse<String> login = client.send(anonymous.request("/login")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers
					.ofString("username=" + username + "&password=" + password + "&_csrf=" + token))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(login.headers().firstValue("Location"))
				.hasValueSatisfying((l) -> assertThat(l).doesNotContain("error"));
			return new ServerSession(client, port, anonymous.csrfOf("/"));
		}

		private String csrfOf(String path) throws Exception {
			String page = this.client.send(request(path).build(), HttpResponse.BodyHandlers.ofString()).body();
			Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
			assertThat(token.find()).as("a CSRF token in " + path).isTrue();
			return token.group(1);
		}

		private HttpRequest.Builder request(String path) {
			return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Accept", "text/html");
		}

		int post(String path, String contentType, String body) {
			try {
				return this.client
					.send(request(path).header("Content-Type", contentType)
						.header("X-CSRF-TOKEN", this.csrf)
						.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.ISO_8859_1))
						.build(), HttpResponse.BodyHandlers.discarding())
					.statusCode();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	private void send(Endpoint endpoint, String value, Upload file, RequestPostProcessor role) {
		AbstractMockHttpServletRequestBuilder<?> request;
		if (endpoint.method == RequestMethod.GET) {
			request = get(endpoint.path);
		}
		else if (endpoint.upload != null) {
			request = multipart(endpoint.path)
				.file(new MockMultipartFile(endpoint.upload, file.name(), file.type(), file.content()));
		}
		else {
			request = post(endpoint.path);
		}
		endpoint.fixed.forEach((name, fixed) -> request.param(name, fixed));
		endpoint.params.forEach((name) -> request.param(name, value));
		request.with(role).with(csrf());
		check(endpoint, (value.length() > 40) ? value.substring(0, 40) + "…" : value,
				() -> this.mvc.perform(request).andReturn().getResponse());
	}

	private void check(Endpoint endpoint, String value, Callable<MockHttpServletResponse> action) {
		this.sent++;
		try {
			MockHttpServletResponse response = action.call();
			if (response.getStatus() >= 500) {
				this.failures.add(response.getStatus() + " " + endpoint + " with " + value);
			}
			String type = response.getContentType();
			if (type != null && type.startsWith("text/html")) {
				String body = response.getContentAsString(StandardCharsets.UTF_8);
				RAW_MARKERS.stream()
					.filter(body::contains)
					.forEach((marker) -> this.failures
						.add("unescaped " + marker + " in " + endpoint + " with " + value));
			}
		}
		catch (Exception ex) {
			this.failures.add("exception " + ex + " in " + endpoint + " with " + value);
		}
	}

	record Upload(String name, String type, byte[] content) {

	}

	record Endpoint(RequestMethod method, String path, Map<String, String> fixed, List<String> params, String upload) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	/**
	 * Every Socle endpoint with its bindable parameters; path variables get the test's
	 * own establishment and beneficiary, or 0 (not found) where an id of something else
	 * is needed, so that nothing outside this test's data is changed.
	 */
	private List<Endpoint> endpoints(long establishmentId, long beneficiaryId) {
		List<Endpoint> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			HandlerMethod handler = entry.getValue();
			if (!handler.getBeanType().getPackageName().startsWith("org.socle")
					|| handler.getBeanType() == FailingTestController.class) {
				continue;
			}
			RequestMappingInfo info = entry.getKey();
			Map<String, String> fixed = new java.util.LinkedHashMap<>();
			info.getParamsCondition().getExpressions().forEach((expression) -> {
				if (!expression.isNegated() && expression.getValue() != null) {
					fixed.put(expression.getName(), expression.getValue());
				}
			});
			List<String> params = new ArrayList<>();
			String upload = null;
			for (MethodParameter parameter : handler.getMethodParameters()) {
				Class<?> type = parameter.getParameterType();
				RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
				if (MultipartFile.class.isAssignableFrom(type)) {
					upload = (requestParam != null && !requestParam.name().isEmpty()) ? requestParam.name()
							: parameter.getParameterName();
				}
				else if (requestParam != null) {
					params.add(!requestParam.name().isEmpty() ? requestParam.name() : parameter.getParameterName());
				}
				else if (Pageable.class.isAssignableFrom(type)) {
					params.addAll(List.of("page", "size", "sort"));
				}
				else if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
					for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
						if (property.getWriteMethod() != null) {
							params.add(property.getName());
						}
					}
				}
			}
			params.removeAll(fixed.keySet());
			for (RequestMethod method : info.getMethodsCondition().getMethods().isEmpty()
					? java.util.Set.of(RequestMethod.GET) : info.getMethodsCondition().getMethods()) {
				for (String pattern : info.getPatternValues()) {
					boolean bindsSomething = !params.isEmpty() || upload != null;
					if ((method == RequestMethod.POST && !bindsSomething) || pattern.contains("retention")
							|| (method != RequestMethod.GET && method != RequestMethod.POST)) {
						// nothing to inject; or the retention action, which would
						// anonymise other tests' data
						continue;
					}
					endpoints.add(
							new Endpoint(method, path(pattern, establishmentId, beneficiaryId), fixed, params, upload));
				}
			}
		}
		return endpoints;
	}

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	static String path(String pattern, long establishmentId, long beneficiaryId) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String before = pattern.substring(0, matcher.start());
			String previous = before.endsWith("/")
					? before.substring(before.lastIndexOf('/', before.length() - 2) + 1, before.length() - 1) : "";
			String value = switch (matcher.group(1)) {
				case "extension" -> "csv";
				case "kind" -> "domains";
				case "code" -> "D1.C1.I1";
				default -> switch (previous + "/" + matcher.group(1)) {
					case "establishments/id", "establishments/establishmentId" -> String.valueOf(establishmentId);
					case "beneficiaries/id" -> String.valueOf(beneficiaryId);
					default -> "0";
				};
			};
			matcher.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(path);
		return path.toString();
	}

	private static List<Upload> files() {
		List<Upload> files = new ArrayList<>();
		String csvHeader = "nom;prenom;sexe;date_naissance;categorie;date_admission\n";
		String[][] documents = {
				{ "formulas.csv", csvHeader + "=1+1;=HYPERLINK(\"http://x\");F;2000-01-01;OTHER;2024-01-01\n" },
				{ "xss.csv", csvHeader + XSS + ";<img src=x onerror=alert(1)>;F;2000-01-01;OTHER;2024-01-01\n" },
				{ "control.csv", csvHeader + "Nul\u0000l;A\u0001;F;2000-01-01;OTHER;2024-01-01\n" },
				{ "dates.csv", csvHeader + "A;B;F;2024-13-45;OTHER;99999-01-01\n" },
				{ "rtl.csv", csvHeader + "\u202Eevil;\u200B;F;2000-01-01;OTHER;2024-01-01\n" },
				{ "quotes.csv", csvHeader + "\"unterminated;x;F\n\"\"\";;;;\n" }, { "empty.csv", "" },
				{ "header-only.csv", csvHeader }, { "nested.json", "[".repeat(20_000) },
				{ "nested-objects.json", "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000) },
				{ "truncated.json", "{\"format\": \"socle-standard/1\", \"domains\": [" },
				{ "not-json.json", "<html>" + XSS + "</html>" },
				{ "wrong-types.json", "{\"format\": \"socle-standard/1\", \"code\": 42, \"domains\": {\"a\": null}}" },
				{ "duplicates.json", "{\"format\": \"socle-standard/1\", \"format\": \"x\"}" },
				{ "big-number.json", "{\"format\": \"socle-standard/1\", \"version\": 1e999999}" },
				{ "script.exe.csv", "MZ\u0090\u0000\u0003" }, { "image.xlsx", "\u0089PNG\r\n\u001a\n" },
				{ "broken.xlsx", "PK\u0003\u0004 not really a zip" }, { "no-extension", "a;b\n1;2" },
				{ "../../etc/passwd.csv", csvHeader }, { XSS + ".json", "{}" } };
		for (String[] document : documents) {
			files
				.add(new Upload(document[0], "application/octet-stream", document[1].getBytes(StandardCharsets.UTF_8)));
		}
		files.add(new Upload("latin1.csv", "text/csv",
				(csvHeader + "Benani;Hélène;F;2000-01-01;OTHER;2024-01-01\n").getBytes(StandardCharsets.ISO_8859_1)));
		files.add(new Upload("utf16.csv", "text/csv", csvHeader.getBytes(StandardCharsets.UTF_16)));
		files.add(new Upload("invalid-utf8.json", "application/json",
				new byte[] { '{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}' }));
		return files;
	}

}
