package org.socle.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.security.AuthorizationMatrix.Caller;
import org.socle.security.AuthorizationMatrix.Entry;
import org.socle.security.AuthorizationMatrix.Outcome;
import org.socle.security.TwoOrganisations.World;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

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

	private static final List<String> ANY_METHOD = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

	@Autowired
	MockMvc mvc;

	@Autowired
	List<RequestMappingHandlerMapping> mappings;

	@Autowired
	MatrixRequests requests;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcTemplate jdbc;

	World world;

	@BeforeEach
	void world() {
		this.world = this.requests.freshWorld();
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
					String path = this.requests.path(entry, this.world::a);
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
			if (entry.outcomes().get(Caller.MANAGER) != Outcome.OK || this.requests.recordVariables(entry) < 2) {
				continue;
			}
			int[] seen = { 0 };
			String path = this.requests.path(entry, () -> (seen[0]++ == 0) ? this.world.a() : this.world.b());
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
			MockHttpServletResponse response = this.mvc.perform(this.requests.request(method, path, entry, caller))
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

	static List<String> methods(Entry entry) {
		return "ANY".equals(entry.method()) ? ANY_METHOD : List.of(entry.method());
	}

	/** Every route Spring MVC maps, as {@code "METHOD /pattern"}, regexes left out. */
	private Set<String> routes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingHandlerMapping mapping : this.mappings) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (String pattern : info.getPatternValues()) {
					if (pattern.contains(TEST_ONLY)) {
						continue;
					}
					if (methods.isEmpty()) {
						routes.add(AuthorizationMatrix.route("ANY", pattern, info));
					}
					methods.forEach((method) -> routes.add(AuthorizationMatrix.route(method.name(), pattern, info)));
				}
			}
		}
		return routes;
	}

}
