package org.socle.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.identity.SocleUser;
import org.socle.identity.tokens.ApiTokenFixtures;
import org.socle.notification.NotificationFixtures;
import org.socle.security.AuthorizationMatrix.Caller;
import org.socle.security.AuthorizationMatrix.Entry;
import org.socle.security.AuthorizationMatrix.Outcome;
import org.socle.security.TwoOrganisations.Side;
import org.socle.security.TwoOrganisations.World;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Every route Spring MVC maps is declared in {@code security/authorization-matrix.txt}
 * and answers each kind of caller as declared, with the ids of organisation A's records:
 * an anonymous visitor, A's manager, B's manager, an auditor and an admin. Each request
 * runs in a transaction that is rolled back, so that allowed changes leave the fixture as
 * it was; a denied request must not have written any row (PostgreSQL's per-transaction
 * statistics say which tables were written).
 */
@SocleTest
class AuthorizationMatrixTests {

	/** Routes that exist only in tests (error pages' checks). */
	private static final String TEST_ONLY = "/test-only/";

	/**
	 * Tables a denied request may write: the access log, since an auditor or admin who
	 * may read a person's record is logged reading it when an invalid care-review form
	 * comes back before the refusal; the API token's last-used date, recorded when the
	 * token authenticates the call, before the call is refused.
	 */
	private static final Set<String> LOG_TABLES = Set.of("beneficiary_access_log", "api_token");

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::([^}]*))?}");

	private static final List<String> ANY_METHOD = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

	@Autowired
	MockMvc mvc;

	@Autowired
	List<RequestMappingHandlerMapping> mappings;

	@Autowired
	TwoOrganisations organisations;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApiTokenFixtures apiTokens;

	@Autowired
	NotificationFixtures notices;

	World world;

	/** The id the last path named last (for {@code version=table}). */
	private long lastId;

	@BeforeEach
	void world() {
		this.world = this.organisations.world();
	}

	@Test
	void everyRouteIsDeclaredInTheMatrix() {
		Map<String, Entry> matrix = AuthorizationMatrix.load();
		Set<String> routes = routes();
		Set<String> missing = new TreeSet<>(routes);
		missing.removeAll(matrix.keySet());
		Set<String> stale = new TreeSet<>(matrix.keySet());
		stale.removeAll(routes);
		assertThat(missing)
			.as(() -> "Routes without an entry: add a line per route to src/test/resources/"
					+ AuthorizationMatrix.RESOURCE + " saying what each caller gets (ok, login, 403 or 404), e.g.\n"
					+ missing.stream()
						.map((route) -> route.replaceFirst(" ", "  ") + "  login  ok  404  ok  ok")
						.collect(Collectors.joining("\n")))
			.isEmpty();
		assertThat(stale).as("Entries of " + AuthorizationMatrix.RESOURCE + " for routes that no longer exist")
			.isEmpty();
	}

	@Test
	void everyCallerGetsWhatTheMatrixDeclares() throws Exception {
		List<String> failures = new ArrayList<>();
		for (Entry entry : AuthorizationMatrix.load().values()) {
			for (Caller caller : Caller.values()) {
				Outcome expected = entry.outcomes().get(caller);
				for (String method : methods(entry)) {
					String path = path(entry, this.world::a);
					String failure = check(method, path, entry, caller, expected);
					if (failure != null) {
						failures.add(entry.route() + " as " + caller + ": " + failure + "  [" + method + " " + path
								+ ", line " + entry.line() + "]");
					}
				}
			}
		}
		assertThat(failures)
			.as(() -> failures.size() + " answers differ from " + AuthorizationMatrix.RESOURCE + ":\n"
					+ String.join("\n", failures))
			.isEmpty();
	}

	/**
	 * A record of organisation B under organisation A's own establishment or assessment
	 * (the first id of the path A's, the others B's): A's manager gets 404 and nothing
	 * changes, on every route that names more than one record.
	 */
	@Test
	void anotherOrganisationsRecordUnderAManagersOwnPathAnswers404() throws Exception {
		List<String> failures = new ArrayList<>();
		int checked = 0;
		for (Entry entry : AuthorizationMatrix.load().values()) {
			if (entry.outcomes().get(Caller.MANAGER) != Outcome.OK || recordVariables(entry) < 2) {
				continue;
			}
			int[] seen = { 0 };
			String path = path(entry, () -> (seen[0]++ == 0) ? this.world.a() : this.world.b());
			for (String method : methods(entry)) {
				checked++;
				String failure = check(method, path, entry, Caller.MANAGER, Outcome.NOT_FOUND);
				if (failure != null) {
					failures.add(entry.route() + ": " + failure + "  [" + method + " " + path + "]");
				}
			}
		}
		assertThat(checked).isGreaterThan(10);
		assertThat(failures).as(() -> String.join("\n", failures)).isEmpty();
	}

	private String check(String method, String path, Entry entry, Caller caller, Outcome expected) throws Exception {
		TransactionStatus transaction = this.transactions.getTransaction(new DefaultTransactionDefinition());
		try {
			Map<String, Long> before = writes();
			MockHttpServletResponse response = this.mvc.perform(request(method, path, entry, caller))
				.andReturn()
				.getResponse();
			String actual = outcome(response);
			if (!expected.label.equals(actual)) {
				return "expected " + expected.label + ", got " + actual;
			}
			if (expected.denied()) {
				Collection<String> written = written(before);
				if (!written.isEmpty()) {
					return "denied (" + actual + ") but wrote to " + written;
				}
			}
			return null;
		}
		finally {
			this.transactions.rollback(transaction);
		}
	}

	/**
	 * Rows inserted, updated or deleted per table by this connection's transactions so
	 * far (PostgreSQL keeps them until it reports them, so only the difference tells).
	 */
	private Map<String, Long> writes() {
		Map<String, Long> writes = new TreeMap<>();
		this.jdbc.query("select relname, n_tup_ins + n_tup_upd + n_tup_del from pg_stat_xact_user_tables", (row) -> {
			writes.put(row.getString(1), row.getLong(2));
		});
		return writes;
	}

	/** The tables written since {@code before}, once Hibernate has flushed. */
	private Collection<String> written(Map<String, Long> before) {
		try {
			this.entityManager.flush();
			return writes().entrySet()
				.stream()
				.filter((table) -> table.getValue() > before.getOrDefault(table.getKey(), 0L))
				.map(Map.Entry::getKey)
				.filter((table) -> !LOG_TABLES.contains(table))
				.toList();
		}
		catch (RuntimeException ex) {
			return List.of("(transaction unusable: " + ex.getMessage() + ")");
		}
	}

	private static String outcome(MockHttpServletResponse response) {
		int status = response.getStatus();
		String location = response.getRedirectedUrl();
		if (status / 100 == 3 && location != null && location.replaceFirst("\\?.*", "").endsWith("/login")) {
			return Outcome.LOGIN.label;
		}
		if (status == 401) {
			return Outcome.UNAUTHORIZED.label;
		}
		if (status == 403) {
			return Outcome.FORBIDDEN.label;
		}
		if (status == 404) {
			return Outcome.NOT_FOUND.label;
		}
		if (status / 100 == 2 || status / 100 == 3) {
			return Outcome.OK.label;
		}
		return "status " + status;
	}

	private AbstractMockHttpServletRequestBuilder<?> request(String method, String path, Entry entry, Caller caller) {
		String file = entry.extras().get("file");
		AbstractMockHttpServletRequestBuilder<?> request = (file != null)
				? multipart(HttpMethod.valueOf(method), URI.create(path)).file(upload(file))
				: MockMvcRequestBuilders.request(HttpMethod.valueOf(method), URI.create(path));
		entry.extras()
			.entrySet()
			.stream()
			.filter((extra) -> !FIXTURE_CHOICES.contains(extra.getKey()))
			.forEach((extra) -> request.param(extra.getKey(), parameter(extra.getKey(), extra.getValue())));
		params(entry.pattern()).forEach(request::param);
		String json = entry.extras().get("json");
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON)
				.content(json)
				.header("Idempotency-Key", UUID.randomUUID().toString());
		}
		if (path.equals("/error")) {
			request.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404);
		}
		if (!"GET".equals(method)) {
			request.with(csrf());
		}
		SocleUser user = user(caller);
		if (user != null && path.startsWith("/api/v")) {
			// the REST API knows no session: its callers send their API token
			return request.header("Authorization", this.apiTokens.bearer(user));
		}
		return (user != null) ? request.with(SecurityMockMvcRequestPostProcessors.user(user)) : request;
	}

	/**
	 * A parameter's value; {@code version=table} is the current version of the row of
	 * that table named last in the path.
	 */
	private String parameter(String name, String value) {
		if ("version".equals(name) && !value.matches("\\d+")) {
			String[] tableAndColumn = (value + ".id").split("\\.");
			return String.valueOf(this.jdbc.queryForObject(
					"select version from " + tableAndColumn[0] + " where " + tableAndColumn[1] + " = ?", Long.class,
					this.lastId));
		}
		return value;
	}

	/** Extras that choose fixture records rather than request parameters. */
	private static final Set<String> FIXTURE_CHOICES = Set.of("file", "assessment", "standard", "json");

	private static MockMultipartFile upload(String kind) {
		return switch (kind) {
			case "pdf" -> new MockMultipartFile("file", "preuve.pdf", "application/pdf",
					"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
			case "csv" -> new MockMultipartFile("file", "import.csv", "text/csv",
					"last_name;first_name\nMatrice;Import\n".getBytes(StandardCharsets.UTF_8));
			case "json" -> new MockMultipartFile("file", "standard.json", "application/json",
					"{}".getBytes(StandardCharsets.UTF_8));
			default -> throw new IllegalStateException("unknown file kind " + kind);
		};
	}

	private SocleUser user(Caller caller) {
		return switch (caller) {
			case ANONYMOUS -> null;
			case MANAGER -> this.world.a().manager();
			case OTHER_MANAGER -> this.world.b().manager();
			case AUDITOR -> this.world.auditor();
			case ADMIN -> this.world.admin();
		};
	}

	/** The parameters a route's params condition requires ({@code ?format=json}). */
	private static Map<String, String> params(String pattern) {
		int query = pattern.indexOf('?');
		Map<String, String> params = new TreeMap<>();
		if (query >= 0) {
			for (String param : pattern.substring(query + 1).split("&")) {
				if (!param.startsWith("!")) {
					String[] pair = param.split("=", 2);
					params.put(pair[0], (pair.length > 1) ? pair[1] : "1");
				}
			}
		}
		return params;
	}

	private static List<String> methods(Entry entry) {
		return "ANY".equals(entry.method()) ? ANY_METHOD : List.of(entry.method());
	}

	/** Records of one organisation, by the segment before the variable and its name. */
	private final Map<String, Function<Side, Object>> records = Map.ofEntries(
			Map.entry("organisations/{id}", Side::organisation), Map.entry("establishments/{id}", Side::establishment),
			Map.entry("establishments/{establishmentId:\\d+}", Side::establishment),
			Map.entry("establishments/{id:\\d+}", Side::establishment), Map.entry("staff/{recordId}", Side::staff),
			Map.entry("resources/{recordId}", Side::resources), Map.entry("members/{recordId}", Side::member),
			Map.entry("meetings/{recordId}", Side::meeting), Map.entry("beneficiaries/{id}", Side::beneficiary),
			Map.entry("assessments/{id:\\d+}", Side::draftAssessment),
			Map.entry("assessments/{id:\\d+}@validated", Side::validatedAssessment),
			Map.entry("assessments/{id:\\d+}@submitted", Side::submittedAssessment),
			Map.entry("assessments/{id:\\d+}@review", Side::assessmentInReview),
			Map.entry("actions/{itemId:\\d+}", Side::actionItem),
			Map.entry("evidence/{evidenceId:\\d+}", Side::evidence),
			Map.entry("import/{token}", (side) -> this.organisations.importPreview(side)),
			Map.entry("users/{id}", (side) -> side.manager().id()),
			Map.entry("tokens/{tokenId}", (side) -> this.apiTokens.sharedTokenId(side.manager())),
			Map.entry("notifications/{id}", (side) -> this.notices.sharedNotice(side.manager())));

	/**
	 * The pattern with each variable replaced by a real value, chosen by the path segment
	 * before it ({@code establishments/{id}} is an establishment): an organisation's
	 * record from the side {@code sides} gives (called once per such variable, in order),
	 * or a shared record.
	 */
	private String path(Entry entry, Supplier<Side> sides) {
		String pattern = entry.pattern().replaceFirst("\\?.*", "");
		StringBuilder path = new StringBuilder();
		String previous = "";
		for (String segment : pattern.substring(1).split("/", -1)) {
			Matcher matcher = VARIABLE.matcher(segment);
			StringBuilder resolved = new StringBuilder();
			while (matcher.find()) {
				String value = value(previous, matcher.group(), matcher.group(2), entry, sides);
				matcher.appendReplacement(resolved, Matcher.quoteReplacement(value));
			}
			matcher.appendTail(resolved);
			previous = resolved.toString();
			path.append('/').append(previous);
		}
		return path.toString();
	}

	private String value(String previous, String variable, String regex, Entry entry, Supplier<Side> sides) {
		if (regex != null && regex.matches("[a-z|-]+")) {
			return regex.split("\\|")[0];
		}
		String key = previous + "/" + variable;
		String choice = entry.extras().get(key.startsWith("assessments/") ? "assessment" : "");
		Function<Side, Object> record = this.records.get((choice != null) ? key + "@" + choice : key);
		Object value = (record != null) ? record.apply(sides.get()) : shared(key, entry);
		if (value instanceof Number number) {
			this.lastId = number.longValue();
		}
		if (value == null) {
			throw new IllegalStateException("No fixture value for " + key + " in " + entry.route()
					+ ": add one to AuthorizationMatrixTests.records (an organisation's records) or shared()");
		}
		return String.valueOf(value);
	}

	/** Records all organisations share (reference data, standards), or null. */
	private Object shared(String key, Entry entry) {
		long draft = this.world.draftStandard();
		if (key.endsWith("/{extension}")) {
			return "csv";
		}
		return switch (key) {
			case "answers/{code}" -> TwoOrganisations.TYPED_INDICATOR;
			case "dashboard/{table}" -> "regions";
			case "regions/{code}" -> "MA-04";
			case "standards/{code}" -> "SOCLE-EPS";
			case "SOCLE-EPS/{version}" -> "1.0";
			case "provinces/{id}" -> this.world.province();
			case "service-types/{id}" -> this.world.serviceType();
			case "standards/{id}" ->
				"draft".equals(entry.extras().get("standard")) ? draft : this.world.publishedStandard();
			case "standards/{standardId}" -> draft;
			case "domains/{parentId}", "domains/{nodeId}" -> node("standard_domain", draft);
			case "criteria/{parentId}", "criteria/{nodeId}" -> node("standard_criterion", draft);
			case "indicators/{nodeId}" -> node("standard_indicator", draft);
			case "outbox/{id}" -> this.notices.failedEmail();
			default -> null;
		};
	}

	private Long node(String table, long standard) {
		return this.jdbc.queryForObject("select min(id) from " + table + " where standard_id = ?", Long.class,
				standard);
	}

	/** How many of the entry's variables name an organisation's record. */
	private int recordVariables(Entry entry) {
		int[] count = { 0 };
		path(entry, () -> {
			count[0]++;
			return this.world.a();
		});
		return count[0];
	}

	/** Every route Spring MVC maps, as {@code "METHOD /pattern"}, regexes left out. */
	private Set<String> routes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingHandlerMapping mapping : this.mappings) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				String params = info.getParamsCondition()
					.getExpressions()
					.stream()
					.map(Object::toString)
					.sorted()
					.collect(Collectors.joining("&"));
				for (String pattern : info.getPatternValues()) {
					if (pattern.contains(TEST_ONLY)) {
						continue;
					}
					String route = pattern + (params.isEmpty() ? "" : "?" + params);
					if (methods.isEmpty()) {
						routes.add("ANY " + route);
					}
					methods.forEach((method) -> routes.add(method.name() + " " + route));
				}
			}
		}
		return routes;
	}

}
