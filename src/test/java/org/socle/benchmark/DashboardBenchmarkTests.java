package org.socle.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The national dashboard on national-scale data, to decide whether its panels can be
 * computed live (docs/reports.md): the benchmark's {@link NationalData} (1,092
 * establishments), plus about 100,000 active beneficiaries (and a fifth as many
 * discharged), five years of validated assessments with their seven domain scores, and
 * five corrective actions per assessment. Writes {@code target/benchmarks/dashboard.md}:
 * median and p95 of the whole request, the time in SQL, the statements, and each
 * statement's plan time. Tagged {@code benchmark}: {@code ./mvnw -B verify -Pbenchmark
 * -Dtest=DashboardBenchmarkTests}.
 */
@SocleTest
@Tag("benchmark")
class DashboardBenchmarkTests {

	private static final String MARKER = "benchmark-dashboard";

	private static final int RUNS = Integer.getInteger("socle.benchmark.runs", 20);

	private static final int WARMUP = Integer.getInteger("socle.benchmark.warmup", 5);

	private static final List<String> REQUESTS = List.of("/dashboard", "/dashboard?region=MA-07",
			"/dashboard?year=2024&category=STUDENTS", "/dashboard?map=OCCUPANCY&sort=name,asc&page=20");

	private static final String BENEFICIARIES = """
			INSERT INTO beneficiary (establishment_id, last_name, first_name, sex, birth_date, category, disability_type,
			                         has_disability, created_at, created_by, updated_at, updated_by)
			SELECT e.id, 'Bénéficiaire ' || g, 'Test', CASE WHEN (e.id + g) % 2 = 0 THEN 'F' ELSE 'M' END,
			       current_date - (365 * CASE e.category WHEN 'STUDENTS' THEN 12 + g % 7 WHEN 'CHILDREN' THEN 3 + g % 15
			                                      WHEN 'ELDERLY' THEN 60 + g % 30 ELSE 18 + g % 45 END
			                        + (e.id * 31 + g * 17) % 365)::int,
			       'OTHER',
			       CASE WHEN e.category = 'DISABILITY' OR g % 23 = 0
			            THEN (ARRAY['PHYSICAL', 'VISUAL', 'HEARING', 'INTELLECTUAL', 'PSYCHIC', 'AUTISM', 'MULTIPLE',
			                        'OTHER'])[1 + g % 8] END,
			       e.category = 'DISABILITY' OR g % 23 = 0,
			       now(), 'benchmark-dashboard', now(), 'benchmark-dashboard'
			FROM establishment e,
			     generate_series(1, (e.authorised_capacity * (80 + (e.id * 7) % 45) / 100 * 6 / 5)::int) g
			WHERE e.created_by = 'benchmark'
			""";

	/** One stay each; one in six discharged after 100 days. */
	private static final String STAYS = """
			INSERT INTO beneficiary_stay (beneficiary_id, establishment_id, admission_date, discharge_date,
			                              discharge_reason, created_at, created_by, updated_at, updated_by)
			SELECT b.id, b.establishment_id, current_date - (100 + (b.id * 37) % 1500)::int,
			       CASE WHEN b.id % 6 = 0 THEN current_date - ((b.id * 37) % 1500)::int END,
			       CASE WHEN b.id % 6 = 0 THEN 'FAMILY_REINTEGRATION' END,
			       now(), 'benchmark-dashboard', now(), 'benchmark-dashboard'
			FROM beneficiary b WHERE b.created_by = 'benchmark-dashboard'
			""";

	/** A validated audit a year for five years, each establishment on its own day. */
	private static final String ASSESSMENTS = """
			INSERT INTO assessment (establishment_id, standard_id, kind, status, reference_date, category, creator_id,
			                        creator_name, reviewer_id, reviewer_name, submitted_at, validated_at, created_at,
			                        created_by, updated_at, updated_by)
			SELECT e.id, s.id, 'AUDIT', 'VALIDATED', v.at::date - 20, e.category, u.id, u.display_name, u.id,
			       u.display_name, v.at - interval '5 days', v.at, now(), 'benchmark-dashboard', now(),
			       'benchmark-dashboard'
			FROM establishment e
			CROSS JOIN generate_series(0, 4) y
			CROSS JOIN LATERAL (SELECT now() - make_interval(years => y, days => (e.id % 300)::int) AS at) v
			CROSS JOIN (SELECT id FROM reference_standard WHERE code = 'SOCLE-EPS' AND standard_version = '1.0') s
			CROSS JOIN (SELECT id, display_name FROM app_user WHERE username = 'bench-auditor-01') u
			WHERE e.created_by = 'benchmark'
			""";

	private static final String SCORES = """
			INSERT INTO assessment_score (assessment_id, score_exact, score, score_display, rounded_score, band, rating,
			                              coverage, applicable_count, answered_count, not_applicable_count, computed_at,
			                              created_at, created_by, updated_at, updated_by)
			SELECT a.id, x.score::text, x.score, round(x.score, 1), round(x.score), x.band, x.band, 1, 60, 60, 0, now(),
			       now(), 'benchmark-dashboard', now(), 'benchmark-dashboard'
			FROM assessment a
			CROSS JOIN LATERAL (SELECT (20 + (a.establishment_id * 13 + a.id * 7) % 75 + (a.id % 10) / 10.0)::numeric(8, 4)
			                           AS score) s
			CROSS JOIN LATERAL (SELECT s.score, CASE WHEN round(s.score) >= 85 THEN 'A' WHEN round(s.score) >= 60 THEN 'B'
			                                         WHEN round(s.score) >= 30 THEN 'C' ELSE 'D' END AS band) x
			WHERE a.created_by = 'benchmark-dashboard'
			""";

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

	@Test
	void dashboardOnNationalData() throws Exception {
		ProxyDataSource proxy = (ProxyDataSource) this.dataSource;
		StatementRecorder recorder = new StatementRecorder();
		proxy.addListener(recorder);
		new NationalData(this.jdbc, this.transactionManager).seed();
		seed();
		StringBuilder report = new StringBuilder("# National dashboard on national data\n\n").append(volumes())
			.append("\n| request | median ms | p95 ms | SQL ms (median) | statements |\n|---|---|---|---|---|\n");
		StringBuilder plans = new StringBuilder();
		QueryPlans explainer = new QueryPlans(proxy.getDataSource());
		for (String request : REQUESTS) {
			for (int i = 0; i < WARMUP; i++) {
				perform(request);
			}
			double[] millis = new double[RUNS];
			double[] sql = new double[RUNS];
			long statements = 0;
			for (int run = 0; run < RUNS; run++) {
				QueryCountHolder.clear();
				recorder.resetTime();
				long start = System.nanoTime();
				perform(request);
				millis[run] = (System.nanoTime() - start) / 1e6;
				sql[run] = recorder.time() / 1e6;
				statements = Math.max(statements, QueryCountHolder.getGrandTotal().getTotal());
			}
			assertThat(statements).as(request).isLessThanOrEqualTo(12);
			report.append(String.format(Locale.ROOT, "| `%s` | %.0f | %.0f | %.0f | %d |%n", request,
					percentile(millis, 50), percentile(millis, 95), percentile(sql, 50), statements));
			recorder.record();
			perform(request);
			plans.append("\n## `").append(request).append("`\n\n| statement | execution ms | scans |\n|---|---|---|\n");
			for (StatementRecorder.Recorded statement : recorder.stop()) {
				QueryPlans.Explained explained = explainer.explain(statement);
				String first = statement.sql().strip().lines().findFirst().orElse("").replace("|", "\\|");
				plans.append(String.format(Locale.ROOT, "| `%s` | %s | %s |%n",
						first.substring(0, Math.min(first.length(), 60)),
						(explained.custom() != null)
								? String.format(Locale.ROOT, "%.1f", explained.custom().executionMs())
								: explained.problem(),
						(explained.custom() != null) ? explained.custom().scanSummary() : ""));
			}
		}
		Path out = Path.of(System.getProperty("basedir", "."), "target", "benchmarks", "dashboard.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report.append(plans).toString(), StandardCharsets.UTF_8);
		System.out.println(report);
	}

	private void perform(String request) throws Exception {
		this.mvc.perform(get(request).with(user(this.fixtures.auditor()))).andExpect(status().isOk());
	}

	private void seed() {
		Integer existing = this.jdbc.queryForObject("SELECT count(*) FROM beneficiary WHERE created_by = ?",
				Integer.class, MARKER);
		if (existing != null && existing > 0) {
			return;
		}
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			for (String sql : List.of(BENEFICIARIES, STAYS, ASSESSMENTS, SCORES, ScaleData.domainScores(MARKER),
					ScaleData.actions(MARKER))) {
				this.jdbc.update(sql);
			}
		});
		this.jdbc.execute("VACUUM ANALYZE");
	}

	private String volumes() {
		return this.jdbc.queryForObject("""
				SELECT format('%s establishments, %s active beneficiaries (%s stays), %s validated assessments, '
				              || '%s domain scores, %s corrective actions.',
				              (SELECT count(*) FROM establishment),
				              (SELECT count(*) FROM beneficiary_stay WHERE discharge_date IS NULL),
				              (SELECT count(*) FROM beneficiary_stay),
				              (SELECT count(*) FROM assessment WHERE status = 'VALIDATED'),
				              (SELECT count(*) FROM assessment_domain_score),
				              (SELECT count(*) FROM action_item))
				""", String.class) + "\n";
	}

	private static double percentile(double[] values, int percentile) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
	}

}
