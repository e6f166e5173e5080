package org.socle.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;
import org.socle.standard.StandardCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The benchmark of the main pages on national-scale data (docs/performance.md): seeds
 * {@link NationalData}, then requests each page through MockMvc with Spring Security
 * (controller, service, SQL and Thymeleaf rendering; no network), and writes
 * {@code target/benchmarks/results.md}: median and p95 latency, time spent in SQL, number
 * of SQL statements, and the query plans of the list pages.
 * <p>
 * Not part of {@code ./mvnw verify} (tag {@code benchmark}); run it with
 * {@code ./mvnw -B verify -Pbenchmark}. {@code -Dsocle.benchmark.runs=30} and
 * {@code -Dsocle.benchmark.warmup=10} set the number of measured and warm-up requests per
 * page; {@code -Dsocle.benchmark.jfr=/tmp/pages.jfr} profiles the measured requests.
 */
@SocleTest
@Tag("benchmark")
class PagesBenchmarkTests {

	private static final int RUNS = Integer.getInteger("socle.benchmark.runs", 30);

	private static final int WARMUP = Integer.getInteger("socle.benchmark.warmup", 10);

	/**
	 * CPU time of the request thread: what a page costs, whatever else the machine runs.
	 */
	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	/** A page to measure; {@code plans}: show its statements' plans in full. */
	private record Scenario(String page, String request, Supplier<MockHttpServletRequestBuilder> builder,
			boolean plans) {
	}

	private record Measured(Scenario scenario, double[] millis, double[] cpuMillis, double[] sqlMillis,
			long minStatements, long maxStatements, int bytes, List<QueryPlans.Explained> explained) {
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	IdentityFixtures fixtures;

	@Autowired
	StandardCatalog standards;

	@Test
	void mainPagesOnNationalData() throws Exception {
		assertThat(this.dataSource).as("the counting data source of @SocleTest").isInstanceOf(ProxyDataSource.class);
		ProxyDataSource proxy = (ProxyDataSource) this.dataSource;
		StatementRecorder recorder = new StatementRecorder();
		proxy.addListener(recorder);
		String loadBefore = loadAverage();

		long seedStart = System.nanoTime();
		Map<String, Integer> seeded = new NationalData(this.jdbc, this.transactionManager).seed();
		double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

		Fixture fixture = fixture();
		List<Scenario> scenarios = scenarios(fixture);

		for (int i = 0; i < WARMUP; i++) {
			for (Scenario scenario : scenarios) {
				perform(scenario);
			}
		}
		Map<Scenario, List<StatementRecorder.Recorded>> recorded = new LinkedHashMap<>();
		Map<Scenario, Integer> bytes = new LinkedHashMap<>();
		for (Scenario scenario : scenarios) {
			recorder.record();
			MvcResult result = perform(scenario);
			recorded.put(scenario, recorder.stop());
			bytes.put(scenario, result.getResponse().getContentAsByteArray().length);
			if (scenario.request().equals("/establishments")) {
				Page<?> page = (Page<?>) result.getModelAndView().getModel().get("page");
				assertThat(page.getTotalElements()).as("establishments listed").isGreaterThanOrEqualTo(1092);
			}
		}

		// Interleaved: a load spike on the shared machine hits every page alike
		Map<Scenario, double[]> millis = new LinkedHashMap<>();
		Map<Scenario, double[]> cpuMillis = new LinkedHashMap<>();
		Map<Scenario, double[]> sqlMillis = new LinkedHashMap<>();
		Map<Scenario, long[]> statements = new LinkedHashMap<>();
		for (Scenario scenario : scenarios) {
			millis.put(scenario, new double[RUNS]);
			cpuMillis.put(scenario, new double[RUNS]);
			sqlMillis.put(scenario, new double[RUNS]);
			statements.put(scenario, new long[] { Long.MAX_VALUE, 0 });
		}
		Recording profile = startProfiling();
		for (int run = 0; run < RUNS; run++) {
			for (Scenario scenario : scenarios) {
				QueryCountHolder.clear();
				recorder.resetTime();
				long cpu = THREADS.getCurrentThreadCpuTime();
				long start = System.nanoTime();
				perform(scenario);
				millis.get(scenario)[run] = (System.nanoTime() - start) / 1e6;
				cpuMillis.get(scenario)[run] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
				sqlMillis.get(scenario)[run] = recorder.time() / 1e6;
				long count = QueryCountHolder.getGrandTotal().getTotal();
				long[] range = statements.get(scenario);
				range[0] = Math.min(range[0], count);
				range[1] = Math.max(range[1], count);
			}
		}
		QueryCountHolder.clear();
		stopProfiling(profile);

		QueryPlans plans = new QueryPlans(proxy.getDataSource());
		List<Measured> results = new ArrayList<>();
		for (Scenario scenario : scenarios) {
			List<QueryPlans.Explained> explained = recorded.get(scenario)
				.stream()
				.filter((statement) -> statement.sql().stripLeading().toLowerCase().startsWith("select"))
				.map(plans::explain)
				.toList();
			long[] range = statements.get(scenario);
			results.add(new Measured(scenario, millis.get(scenario), cpuMillis.get(scenario), sqlMillis.get(scenario),
					range[0], range[1], bytes.get(scenario), explained));
		}

		String report = new ResultsReport(environment(loadBefore, loadAverage()), seeded, seedSeconds, counts(),
				fixture.describe(), results.stream().map(PagesBenchmarkTests::row).toList())
			.markdown();
		Path out = Path.of(System.getProperty("basedir", "."), "target", "benchmarks", "results.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report, StandardCharsets.UTF_8);
		System.out.println("Benchmark results: " + out.toAbsolutePath());

		for (Measured measured : results) {
			assertThat(measured.explained()).allSatisfy((e) -> assertThat(e.problem()).as(e.sql()).isNull());
		}
	}

	/**
	 * With {@code -Dsocle.benchmark.jfr=/tmp/pages.jfr}, a Java Flight Recorder profile
	 * of the measured requests (open it with JDK Mission Control or {@code jfr print}).
	 */
	private static Recording startProfiling() throws IOException, ParseException {
		if (System.getProperty("socle.benchmark.jfr") == null) {
			return null;
		}
		Recording recording = new Recording(Configuration.getConfiguration("profile"));
		recording.start();
		return recording;
	}

	private static void stopProfiling(Recording recording) throws IOException {
		if (recording != null) {
			recording.stop();
			recording.dump(Path.of(System.getProperty("socle.benchmark.jfr")));
			recording.close();
		}
	}

	private MvcResult perform(Scenario scenario) throws Exception {
		MvcResult result = this.mvc.perform(scenario.builder().get()).andReturn();
		assertThat(result.getResponse().getStatus()).as(scenario.request()).isEqualTo(200);
		return result;
	}

	/** The establishment the detail pages show, its organisation and their users. */
	private record Fixture(long establishmentId, long organisationId, long standardId, SocleUser admin,
			SocleUser manager, Map<String, Integer> records) {

		String describe() {
			return "establishment #" + this.establishmentId + " (" + this.records + "), organisation #"
					+ this.organisationId + ", standard #" + this.standardId;
		}

	}

	/**
	 * A typical establishment: nine staff, a committee, three meetings, three years of
	 * resources, and a created and a modified revision.
	 */
	private Fixture fixture() {
		Long id = this.jdbc.queryForObject("""
				SELECT id FROM establishment
				WHERE created_by = 'benchmark' AND id % 9 = 3 AND id % 11 <> 0 AND region_code = 'MA-07'
				ORDER BY id LIMIT 1
				""", Long.class);
		long organisationId = this.jdbc.queryForObject("SELECT organisation_id FROM establishment WHERE id = ?",
				Long.class, id);
		Map<String, Integer> records = new LinkedHashMap<>();
		for (String table : List.of("establishment_staff", "committee_member", "committee_meeting",
				"establishment_resource")) {
			records.put(table, this.jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE establishment_id = ?",
					Integer.class, id));
		}
		SocleUser admin = this.fixtures.admin();
		SocleUser manager = this.fixtures.user("t-bench-manager", Role.MANAGER, organisationId);
		long standardId = this.standards.defaultStandard().orElseThrow().id();
		return new Fixture(id, organisationId, standardId, admin, manager, records);
	}

	private List<Scenario> scenarios(Fixture f) {
		SocleUser admin = f.admin();
		long id = f.establishmentId();
		List<Scenario> list = new ArrayList<>();
		list.add(new Scenario("Home (no SQL: the floor)", "/", () -> get("/").with(user(admin)), false));
		list.add(new Scenario("Establishments, unfiltered", "/establishments",
				() -> get("/establishments").with(user(admin)), true));
		list.add(new Scenario("Establishments, search", "/establishments?q=taliba",
				() -> get("/establishments").param("q", "taliba").with(user(admin)), true));
		list.add(new Scenario("Establishments, region + category", "/establishments?region=MA-07&category=STUDENTS",
				() -> get("/establishments").param("region", "MA-07").param("category", "STUDENTS").with(user(admin)),
				true));
		list.add(new Scenario("Establishments, expired authorisations", "/establishments?expired=true",
				() -> get("/establishments").param("expired", "true").with(user(admin)), true));
		list.add(new Scenario("Establishments, sorted by expiry", "/establishments?sort=authorisationExpiry,desc",
				() -> get("/establishments").param("sort", "authorisationExpiry,desc").with(user(admin)), true));
		list.add(new Scenario("Establishments, late page", "/establishments?page=50",
				() -> get("/establishments").param("page", "50").with(user(admin)), true));
		list.add(new Scenario("Establishments, 100 a page", "/establishments?size=100",
				() -> get("/establishments").param("size", "100").with(user(admin)), true));
		list.add(new Scenario("Establishments, as a manager", "/establishments (manager)",
				() -> get("/establishments").with(user(f.manager())), true));
		list.add(new Scenario("Establishment overview", "/establishments/{id}",
				() -> get("/establishments/{id}", id).with(user(admin)), false));
		list.add(new Scenario("Establishment staff tab", "/establishments/{id}/staff",
				() -> get("/establishments/{id}/staff", id).with(user(admin)), false));
		list.add(new Scenario("Establishment committee tab", "/establishments/{id}/committee",
				() -> get("/establishments/{id}/committee", id).with(user(admin)), false));
		list.add(new Scenario("Establishment resources tab", "/establishments/{id}/resources",
				() -> get("/establishments/{id}/resources", id).with(user(admin)), false));
		list.add(new Scenario("Establishment history tab", "/establishments/{id}/history",
				() -> get("/establishments/{id}/history", id).with(user(admin)), false));
		list.add(new Scenario("Organisations", "/organisations", () -> get("/organisations").with(user(admin)), true));
		list.add(new Scenario("Organisations, search", "/organisations?q=nour",
				() -> get("/organisations").param("q", "nour").with(user(admin)), true));
		list.add(new Scenario("Organisation detail", "/organisations/{id}",
				() -> get("/organisations/{id}", f.organisationId()).with(user(admin)), false));
		list.add(new Scenario("Standards", "/standards", () -> get("/standards").with(user(admin)), true));
		list.add(new Scenario("Standard tree (SOCLE-EPS 1.0)", "/standards/{id}",
				() -> get("/standards/{id}", f.standardId()).with(user(admin)), false));
		list.add(new Scenario("Users", "/admin/users", () -> get("/admin/users").with(user(admin)), true));
		list.add(new Scenario("Users, search", "/admin/users?q=bench-manager-1",
				() -> get("/admin/users").param("q", "bench-manager-1").with(user(admin)), true));
		return list;
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : List.of("organisation", "establishment", "establishment_staff", "committee_member",
				"committee_meeting", "establishment_resource", "app_user", "revinfo", "establishment_aud",
				"establishment_staff_aud", "standard_indicator")) {
			counts.put(table, this.jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class));
		}
		return counts;
	}

	private Map<String, String> environment(String loadBefore, String loadAfter) {
		Map<String, String> env = new LinkedHashMap<>();
		env.put("date", OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
		env.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
		env.put("JVM", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
		env.put("max heap", (Runtime.getRuntime().maxMemory() >> 20) + " MB");
		env.put("JVM arguments", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
		env.put("database", this.jdbc.queryForObject("SELECT version()", String.class));
		env.put("load average before (1, 5, 15 min)", loadBefore);
		env.put("load average after", loadAfter);
		env.put("runs", RUNS + " measured per page, interleaved, after " + WARMUP + " warm-up rounds");
		return env;
	}

	private static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return String.join(" ", Arrays.copyOf(parts, 3));
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

	/** Median, p95 (nearest rank) of measured values. */
	static double percentile(double[] values, double p) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	static ResultsReport.Row row(Measured m) {
		return new ResultsReport.Row(m.scenario().page(), m.scenario().request(), percentile(m.millis(), 50),
				percentile(m.millis(), 95), percentile(m.cpuMillis(), 50), percentile(m.sqlMillis(), 50),
				m.minStatements(), m.maxStatements(), m.bytes(), m.scenario().plans(), m.explained());
	}

}
