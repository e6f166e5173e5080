package org.socle.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.assessment.AssessmentFixtures;
import org.socle.beneficiary.BeneficiaryFixtures;
import org.socle.beneficiary.privacy.Pseudonyms;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;
import org.socle.security.AuthorizationMatrix.Caller;
import org.socle.security.AuthorizationMatrix.Entry;
import org.socle.security.AuthorizationMatrix.Outcome;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A corpus of hostile values, in families, sent to every form, list parameter, upload and
 * JSON endpoint found in Spring's handler mappings (a new endpoint is covered without
 * editing this test). The path names real records of {@link TwoOrganisations} and the
 * caller is the first the authorization matrix lets use the route, so that each request
 * reaches its service; the other fields of a form keep the values its page shows, so that
 * one hostile field does not hide behind another's binding error. Every answer is below
 * 500, and no page shows a payload unescaped: neither the answer, nor the page a saved
 * form redirects to, nor any page afterwards. Each request runs in a transaction that is
 * rolled back, so that one value's effects (a record deleted, an assessment submitted) do
 * not spoil the next; the redirect is followed in the same transaction, where the value
 * is stored.
 */
@SocleTest
class HostileInputCorpusTests {

	/** Payloads whose raw appearance in HTML would be an injection. */
	static final List<String> RAW_MARKERS = List.of("<script>alert(", "<img src=x onerror", "<svg/onload",
			"<iframe src=javascript", "<details open ontoggle", "<body onload", "<input onfocus=alert");

	static final String XSS = "<script>alert('socle-xss')</script>";

	/** The corpus, by family: each endpoint gets values of every family. */
	static final Map<String, List<String>> FAMILIES = families();

	/** Uploads: wrong types, broken and hostile files, malformed and nested JSON. */
	static final List<Upload> FILES = files();

	/** Bodies for the JSON endpoints: malformed, wrongly typed, deeply nested, huge. */
	static final List<String> JSON_BODIES = jsonBodies();

	/** A form's or record's fields that the hostile value replaces, in turn. */
	private static final List<String> RECORD_FIELDS = List.of("notes", "beneficiary", "serviceType", "date",
			"clientId");

	/** The callers that may send the corpus, by preference. */
	private static final List<Caller> CALLERS = List.of(Caller.MANAGER, Caller.AUDITOR, Caller.ADMIN);

	private static final Set<Integer> NOT_REACHED = Set.of(401, 403, 404);

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	MatrixRequests requests;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Pseudonyms pseudonyms;

	@Autowired
	JsonMapper json;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	BeneficiaryFixtures beneficiaries;

	private final List<String> failures = new ArrayList<>();

	/** The statuses each route answered the corpus. */
	private final Map<String, Set<Integer>> statuses = new TreeMap<>();

	private int sent;

	@Test
	void noHostileValueGetsAServerErrorOrComesBackUnescaped() throws Exception {
		assertThat(FAMILIES.values().stream().mapToInt(List::size).sum() + FILES.size() + JSON_BODIES.size())
			.isGreaterThanOrEqualTo(200);
		storedHostileNames();
		List<Endpoint> endpoints = endpoints();
		assertThat(endpoints).hasSizeGreaterThan(100);
		int turn = 0;
		for (Endpoint endpoint : endpoints) {
			Map<String, String> form = formFields(endpoint);
			List<String> values = values(endpoint, turn);
			for (int i = 0; i < values.size(); i++, turn++) {
				send(endpoint, values.get(i), form, turn);
			}
			if (endpoint.json()) {
				for (String body : JSON_BODIES) {
					send(endpoint, body);
				}
			}
		}
		for (Endpoint endpoint : endpoints) {
			if ("GET".equals(endpoint.method())) {
				for (Caller caller : CALLERS) {
					if (endpoint.entry().outcomes().get(caller) == Outcome.OK) {
						inTransaction((transaction) -> check(endpoint, "afterwards", false,
								() -> this.requests.request("GET",
										this.requests.path(endpoint.entry(), this.requests.world()::a),
										endpoint.entry(), caller)));
					}
				}
			}
		}
		Set<String> unreached = report(endpoints);
		assertThat(unreached).as("routes the matrix allows but that only answered 401, 403 or 404").isEmpty();
		assertThat(this.failures).as(() -> String.join("\n", this.failures)).isEmpty();
	}

	/**
	 * Malformed multipart bodies, through the real server (MockMvc does not parse
	 * multipart bodies: Tomcat does), to every upload endpoint, as the caller the matrix
	 * allows; the CSRF token travels in a header, so the body reaches the multipart
	 * parser.
	 */
	@Test
	void malformedMultipartBodiesGetAClientErrorNeverAServerError() throws Exception {
		List<Endpoint> uploads = endpoints().stream().filter((endpoint) -> endpoint.upload() != null).toList();
		assertThat(uploads).hasSizeGreaterThanOrEqualTo(3);
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
		for (Endpoint endpoint : uploads) {
			SocleUser user = this.requests.user(endpoint.caller());
			ServerSession session = ServerSession.logIn(this.port, user.getUsername(), IdentityFixtures.PASSWORD);
			String path = this.requests.path(endpoint.entry(), this.requests.world()::a);
			bodies.forEach((name, request) -> {
				this.sent++;
				int status = session.post(path, request[0], request[1]);
				if (status >= 500) {
					this.failures.add(status + " " + endpoint + " with a multipart body: " + name);
				}
			});
		}
		assertThat(this.failures).isEmpty();
	}

	/**
	 * A committed beneficiary whose names are payloads, so that the lists read afterwards
	 * hold stored hostile text.
	 */
	private void storedHostileNames() {
		long establishment = this.establishments
			.establishment("Corpus home " + XSS, this.identity.organisation("Test Org A"))
			.id();
		this.beneficiaries.beneficiary(establishment, XSS)
			.firstName("<img src=x onerror=alert(1)>")
			.admitted(LocalDate.of(2024, 1, 1), null, null)
			.create();
	}

	/**
	 * Values of every family for one endpoint: two of each for a form or a JSON endpoint,
	 * one for a list, taken in turn so that every value reaches many endpoints; and
	 * {@link #XSS}, whose raw marker the pages are searched for.
	 */
	private static List<String> values(Endpoint endpoint, int turn) {
		int perFamily = "POST".equals(endpoint.method()) ? 2 : 1;
		List<String> values = new ArrayList<>();
		values.add(XSS);
		for (List<String> family : FAMILIES.values()) {
			for (int i = 0; i < perFamily; i++) {
				values.add(family.get((turn + i * 7) % family.size()));
			}
		}
		return values;
	}

	/**
	 * One hostile request, rolled back: every bindable parameter gets the value on even
	 * turns, one of them in turn on odd turns (the others keep the form's own values);
	 * the page a saved form redirects to is checked in the same transaction.
	 */
	private void send(Endpoint endpoint, String value, Map<String, String> form, int turn) {
		SocleUser user = this.requests.user(endpoint.caller());
		String label = (value.length() > 40) ? value.substring(0, 40) + "…" : value;
		inTransaction((status) -> {
			String path = this.requests.path(endpoint.entry(), this.requests.world()::a);
			Map<String, String> parameters = new LinkedHashMap<>(form);
			parameters.putAll(this.requests.parameters(endpoint.entry()));
			List<String> targets = (turn % 2 == 0 || endpoint.params().isEmpty()) ? endpoint.params()
					: List.of(endpoint.params().get((turn / 2) % endpoint.params().size()));
			targets.forEach((name) -> parameters.put(name, value));
			MockMultipartFile file = (endpoint.upload() != null) ? FILES.get(turn % FILES.size()).as(endpoint.upload())
					: null;
			String body = endpoint.json() ? record(value, turn) : null;
			MockHttpServletResponse response = check(endpoint, label, true,
					() -> this.requests.request(endpoint.method(), path, user, parameters, file, body));
			String location = (response.getRedirectedUrl() != null)
					? response.getRedirectedUrl().replaceFirst("#.*", "") : null;
			// a request the database refused (a province still in use) left this
			// transaction
			// aborted; in production its own transaction rolled back and the next page
			// shows
			// nothing of it, so there is nothing to read back
			if (response.getStatus() / 100 == 3 && location != null && location.startsWith("/")
					&& !location.startsWith("/login") && !status.isRollbackOnly()) {
				check(endpoint, label + " (then " + location + ")", false,
						() -> this.requests.request("GET", location, user, Map.of(), null, null));
			}
		});
	}

	/** A JSON body as it is, rolled back. */
	private void send(Endpoint endpoint, String body) {
		String label = "JSON " + ((body.length() > 40) ? body.substring(0, 40) + "…" : body);
		inTransaction((transaction) -> check(endpoint, label, true,
				() -> this.requests.request(endpoint.method(),
						this.requests.path(endpoint.entry(), this.requests.world()::a),
						this.requests.user(endpoint.caller()), Map.of(), null, body)));
	}

	/**
	 * One service record of A's beneficiary, valid but for the field that gets the value
	 * in turn.
	 */
	private String record(String value, int turn) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("clientId", UUID.randomUUID().toString());
		record.put("beneficiary", this.pseudonyms.of(this.requests.world().a().beneficiary()));
		record.put("serviceType", "PSYCHOSOCIAL");
		record.put("date", AssessmentFixtures.D.toString());
		record.put("notes", "Suivi");
		record.put(RECORD_FIELDS.get(turn % RECORD_FIELDS.size()), value);
		return this.json.writeValueAsString(Map.of("records", List.of(record)));
	}

	/**
	 * The fields of the form that posts to the endpoint, as its page shows them: the page
	 * at the endpoint's own path or at a parent path. Empty when there is none.
	 */
	private Map<String, String> formFields(Endpoint endpoint) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (!"POST".equals(endpoint.method()) || endpoint.json()) {
			return fields;
		}
		inTransaction((transaction) -> {
			String path = this.requests.path(endpoint.entry(), this.requests.world()::a);
			for (String page = path; page.lastIndexOf('/') > 0
					&& fields.isEmpty(); page = page.substring(0, page.lastIndexOf('/'))) {
				MockHttpServletResponse response = this.mvc
					.perform(this.requests.request("GET", page, this.requests.user(endpoint.caller()), Map.of(), null,
							null))
					.andReturn()
					.getResponse();
				if (response.getStatus() == 200 && String.valueOf(response.getContentType()).startsWith("text/html")) {
					String current = page;
					Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8))
						.select("form")
						.stream()
						.filter((form) -> path.equals(form.attr("action").replaceFirst("\\?.*", ""))
								|| (form.attr("action").isEmpty() && path.equals(current)))
						.findFirst()
						.ifPresent((form) -> fields.putAll(fields(form)));
				}
			}
		});
		return fields;
	}

	/** What a browser would send for a form left as it is. */
	private static Map<String, String> fields(Element form) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element field : form.select("input[name], select[name], textarea[name]")) {
			String name = field.attr("name");
			String type = field.attr("type");
			if (name.equals("_csrf") || fields.containsKey(name)
					|| Set.of("submit", "button", "file", "image", "reset").contains(type)
					|| (Set.of("checkbox", "radio").contains(type) && !field.hasAttr("checked"))) {
				continue;
			}
			if (field.tagName().equals("select")) {
				Element option = field.selectFirst("option[selected]");
				option = (option != null) ? option : field.selectFirst("option");
				if (option != null) {
					fields.put(name, option.hasAttr("value") ? option.attr("value") : option.text());
				}
			}
			else {
				fields.put(name, field.val());
			}
		}
		return fields;
	}

	/** Runs {@code action} in a transaction that is rolled back. */
	private void inTransaction(Action action) {
		TransactionStatus transaction = this.transactions.getTransaction(new DefaultTransactionDefinition());
		try {
			action.run(transaction);
		}
		catch (Exception ex) {
			this.failures.add("exception " + ex);
		}
		finally {
			this.transactions.rollback(transaction);
		}
	}

	interface Action {

		void run(TransactionStatus transaction) throws Exception;

	}

	/**
	 * Sends the request and records a failure for a 5xx, an exception or a raw payload in
	 * HTML; {@code counted}: an answer of the corpus itself (not a page read after it).
	 */
	private MockHttpServletResponse check(Endpoint endpoint, String value, boolean counted,
			Callable<AbstractMockHttpServletRequestBuilder<?>> request) {
		this.sent++;
		try {
			MockHttpServletResponse response = this.mvc.perform(request.call()).andReturn().getResponse();
			if (counted) {
				this.statuses.computeIfAbsent(endpoint.toString(), (route) -> new TreeSet<>())
					.add(response.getStatus());
			}
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
			return response;
		}
		catch (Exception ex) {
			this.failures.add("exception " + ex + " in " + endpoint + " with " + value);
			return new MockHttpServletResponse();
		}
	}

	/**
	 * Prints what the corpus reached (the figures of docs/security.md) and returns the
	 * routes a caller may use that answered only 401, 403 or 404.
	 */
	private Set<String> report(List<Endpoint> endpoints) {
		Set<String> unreached = new TreeSet<>();
		long posts = endpoints.stream().filter((endpoint) -> "POST".equals(endpoint.method())).count();
		for (Endpoint endpoint : endpoints) {
			Set<Integer> answered = this.statuses.getOrDefault(endpoint.toString(), Set.of());
			if (endpoint.allowed() && NOT_REACHED.containsAll(answered)) {
				unreached.add(endpoint + " " + answered);
			}
		}
		int values = FAMILIES.values().stream().mapToInt(List::size).sum();
		System.out.printf(
				"Hostile-input corpus: %d values in %d families, %d files, %d JSON bodies; %d requests to %d endpoints"
						+ " (%d POST); %d reached their handler past access checks, %d only 401/403/404: %s%n",
				values, FAMILIES.size(), FILES.size(), JSON_BODIES.size(), this.sent, endpoints.size(), posts,
				endpoints.size() - unreached.size(), unreached.size(), unreached);
		return unreached;
	}

	/**
	 * Every Socle endpoint a hostile value can reach (GET, and POST that binds
	 * something), with its matrix entry, the caller that sends it the corpus and its
	 * bindable parameters.
	 */
	private List<Endpoint> endpoints() {
		Map<String, Entry> matrix = AuthorizationMatrix.load();
		List<Endpoint> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : this.mappings.getHandlerMethods().entrySet()) {
			HandlerMethod handler = mapping.getValue();
			RequestMappingInfo info = mapping.getKey();
			if (!handler.getBeanType().getPackageName().startsWith("org.socle")) {
				continue;
			}
			List<String> params = new ArrayList<>();
			String upload = null;
			boolean json = false;
			for (MethodParameter parameter : handler.getMethodParameters()) {
				Class<?> type = parameter.getParameterType();
				RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
				String name = (requestParam != null && !requestParam.name().isEmpty()) ? requestParam.name()
						: parameter.getParameterName();
				if (MultipartFile.class.isAssignableFrom(type)) {
					upload = name;
				}
				else if (requestParam != null) {
					params.add(name);
				}
				else if (Pageable.class.isAssignableFrom(type)) {
					params.addAll(List.of("page", "size", "sort"));
				}
				else if (parameter.hasParameterAnnotation(RequestBody.class)) {
					json = true;
				}
				else if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
					for (var property : BeanUtils.getPropertyDescriptors(type)) {
						if (property.getWriteMethod() != null) {
							params.add(property.getName());
						}
					}
				}
			}
			info.getParamsCondition().getExpressions().forEach((expression) -> params.remove(expression.getName()));
			for (RequestMethod method : info.getMethodsCondition().getMethods().isEmpty() ? Set.of(RequestMethod.GET)
					: info.getMethodsCondition().getMethods()) {
				boolean bindsSomething = !params.isEmpty() || upload != null || json;
				if (method != RequestMethod.GET && (method != RequestMethod.POST || !bindsSomething)) {
					continue;
				}
				for (String pattern : info.getPatternValues()) {
					String route = AuthorizationMatrix.route(
							info.getMethodsCondition().getMethods().isEmpty() ? "ANY" : method.name(), pattern, info);
					Entry entry = matrix.get(route);
					if (entry != null) {
						Caller caller = CALLERS.stream()
							.filter((c) -> entry.outcomes().get(c) == Outcome.OK)
							.findFirst()
							.orElse(null);
						endpoints.add(new Endpoint(method.name(), entry, (caller != null) ? caller : Caller.MANAGER,
								caller != null, List.copyOf(params), upload, json));
					}
				}
			}
		}
		return endpoints;
	}

	/**
	 * @param caller who sends the corpus: the first the matrix allows, the manager where
	 * none may use the route ({@code allowed} false)
	 */
	record Endpoint(String method, Entry entry, Caller caller, boolean allowed, List<String> params, String upload,
			boolean json) {

		@Override
		public String toString() {
			return this.method + " " + this.entry.pattern();
		}

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

	record Upload(String name, String type, byte[] content) {

		MockMultipartFile as(String parameter) {
			return new MockMultipartFile(parameter, this.name, this.type, this.content);
		}

	}

	private static Map<String, List<String>> families() {
		Map<String, List<String>> families = new LinkedHashMap<>();
		families.put("cross-site scripting and template injection",
				List.of(XSS, "\"><img src=x onerror=alert(1)>", "<svg/onload=alert(1)>",
						"'\"><iframe src=javascript:alert(1)>", "javascript:alert(1)",
						"</textarea><script>alert(2)</script>", "<details open ontoggle=alert(1)>",
						"<body onload=alert(1)>", "\" autofocus onfocus=alert(1) x=\"", "'-alert(1)-'",
						"</script><script>alert(3)</script>", "<a href=\"javascript:alert(1)\">x</a>", "{{7*7}}",
						"[[${7*7}]]", "__${T(java.lang.Runtime).getRuntime()}__::.x", "*{7*7}", "#{7*7}", "~{::x}",
						"@{/x}", "|${7*7}|", "${jndi:ldap://127.0.0.1/a}", "&lt;script&gt;", "<!--", "]]>",
						"<?xml version=\"1.0\"?><!DOCTYPE x>", "<IMG SRC=JaVaScRiPt:alert(1)>",
						"<scr<script>ipt>alert(1)</script>", "<input onfocus=alert(1) autofocus>"));
		families.put("SQL metacharacters",
				List.of("' OR '1'='1", "'; DROP TABLE beneficiary; --", "1 OR 1=1", "1; SELECT pg_sleep(5)",
						"' UNION SELECT password_hash FROM app_user --", "%", "_", "\\", "'", "\"", ";", "--", "/*",
						"*/", "(select 1)", "1' AND SLEEP(5)#", "$$", "E'\\x00'", "' || (select version()) || '",
						"%' AND '%'='", "nameFr,desc", "id,sideways", "passwordHash", "lastName;drop", "1)) or ((1=1",
						"' OR 1=1 LIMIT 1 --", "1 UNION ALL SELECT NULL,NULL--"));
		families.put("very long strings", List.of("a".repeat(1_000), "a".repeat(20_000), "é".repeat(5_000),
				"ش".repeat(5_000), "😀".repeat(3_000), "<".repeat(10_000), "9".repeat(400), "x ".repeat(5_000)));
		families.put("invalid and extreme dates",
				List.of("2024-13-45", "0000-00-00", "9999-12-31", "-999999999-01-01", "+1000000-01-01", "2024-02-30",
						"31/12/2024", "1900-01-01", "2100-01-01", "1970-01-01T00:00:00Z", "yesterday", "12:61",
						"2024-W53", "2024-00-10", "1999-12-31T25:00", "", " "));
		families.put("invalid and extreme numbers",
				List.of("NaN", "Infinity", "-Infinity", "-1", "0", "-0", "1e308", "1e-308", "9223372036854775808",
						"-9223372036854775809", "2147483648", "99999999999", "99999999999999999999999", "0x10", "1,5",
						"1.5", "١٢٣", "٠", "+1", "1_000", "00000001", "3.4028235E39", "true", "null", "undefined", "[]",
						"{}", "1/0", "-2147483649", "-5e-324", "4294967296"));
		families.put("right-to-left overrides, zero-width and other Unicode traps",
				List.of("\u202Egnp.exe", "abc\u202Ddef", "\u200B", "a\u200Bb", "\u200D", "\uFEFF", "\u2066x\u2069",
						"\u061C", "e\u0301", "\u01C4", "\uFFFD", "\uD800", "\uDFFF", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
						"Z\u0364\u0351\u0353a\u0308\u0347l\u036Eo", "\u2028", "\u2029", "\uFFFF", "؀؁", "⁪hidden⁯"));
		families.put("control characters",
				List.of("\u0000", "a\u0000b", "\u0001", "\u0007", "\b", "\u001b[31mred", "\u007f", "\u0085", "\u009f",
						"\r\n\r\nHTTP/1.1 200 OK", "line\nbreak", "tab\tbed", "\f", "\u000b", "%00",
						"a\r\nSet-Cookie: x=y"));
		families.put("formula injection",
				List.of("=1+1", "=HYPERLINK(\"http://evil.example\",\"clic\")", "+cmd|' /C calc'!A0", "-2+3",
						"@SUM(1,1)", "\t=1+1", "\r=1", "=cmd|'/c calc'!A1", "=IMPORTXML(\"http://x\",\"//a\")",
						"DDE(\"cmd\";\"/C calc\")", "'=1", "==", "=SUM(A1:A9)*0+\"owned\""));
		// already decoded: what a client with the wrong charset sends
		families.put("broken encodings", List.of("Ã©", "\uFFFD\uFFFD", "%zz", "%e9", "%C3%28", "%ED%A0%80", "Ã\u0028",
				"%%%", "\u00C3\u00A9t\u00C3\u00A9", "\u0092", "â€™"));
		families.put("traversal and other addresses",
				List.of("../../etc/passwd", "..\\..\\windows\\win.ini", "file:///etc/passwd", "http://169.254.169.254/",
						"//evil.example", "/\\evil.example", "?lang=ar", "#x", "&status=ALL"));
		return families;
	}

	private static List<String> jsonBodies() {
		String record = "{\"beneficiary\":\"B-XXXXXX\",\"serviceType\":\"PSYCHOSOCIAL\",\"date\":\"2025-01-01\"}";
		return List.of("", "{", "[", "}", "null", "42", "\"records\"", "[]", "{\"records\":null}", "{\"records\":{}}",
				"{\"records\":\"x\"}", "{\"records\":[null]}", "{\"records\":[1,2,3]}", "{\"records\":[[]]}",
				"{\"records\":[{\"date\":\"99999-01-01\"}]}", "{\"records\":[{\"date\":1e999999}]}",
				"{\"records\":[{\"notes\":{\"a\":[1]}}]}", "{\"records\":[], \"records\":[{}]}",
				"{\"records\":[" + record + "]} trailing", "/* comment */ {\"records\":[]}", "\uFEFF{\"records\":[]}",
				"[".repeat(20_000), "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000),
				"{\"records\":[{\"notes\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}]}",
				"{\"records\":[" + "1,".repeat(200_000) + "1]}",
				"{\"records\":[" + (record + ",").repeat(1_000) + record + "]}",
				"{\"records\":[{\"notes\":\"" + "a".repeat(2_000_000) + "\"}]}");
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
				{ "../../etc/passwd.csv", csvHeader }, { XSS + ".json", "{}" },
				{ "evidence.pdf", "%PDF-1.7\n" + XSS } };
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
