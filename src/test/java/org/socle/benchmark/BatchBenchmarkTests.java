package org.socle.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.assessment.metrics.MetricSnapshots;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Batch work on the benchmark's generated data ({@link ScaleDatabase}; run by
 * {@code bench/batch.sh S|M|L} while the server is stopped): every establishment's
 * metrics for a new reference date, the national dashboard recomputed after a validation,
 * and an import of 10,000 beneficiaries through the import's upload, preview and
 * confirmation (then removed again, so the data stays as generated). Appends its timings
 * to {@code target/benchmarks/batch-<scale>.md}.
 */
@ScaleDatabase
@AutoConfigureMockMvc
class BatchBenchmarkTests {

	private static final int IMPORTED = 10_000;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MetricSnapshots metrics;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	private final StringBuilder report = new StringBuilder();

	@BeforeEach
	void loadAverage() throws Exception {
		this.report.append("- load average before: ").append(Files.readString(Path.of("/proc/loadavg")).strip());
	}

	@AfterEach
	void write() throws Exception {
		Path out = Path.of("target", "benchmarks", "batch-" + System.getProperty("socle.bench.scale", "S") + ".md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, this.report.append('\n').toString(), StandardCharsets.UTF_8,
				java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
		System.out.println(this.report);
	}

	@Test
	void everyEstablishmentsMetricsForANewReferenceDate() {
		UserDetails auditor = this.users.loadUserByUsername("bench-auditor-01");
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(auditor, null, auditor.getAuthorities()));
		try {
			List<Long> establishments = this.jdbc.queryForList("SELECT id FROM establishment ORDER BY id", Long.class);
			LocalDate referenceDate = LocalDate.now().minusDays(3);
			long start = System.nanoTime();
			int computed = 0;
			for (long id : establishments) {
				computed += this.metrics.compute(id, referenceDate, null).size();
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			this.report.append(String.format(Locale.ROOT,
					"; every metric of %d establishments at %s, one at a time (%d values): %.1f s (%.1f ms per establishment)",
					establishments.size(), referenceDate, computed, seconds, seconds * 1000 / establishments.size()));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void everyEstablishmentsMetricsForANewReferenceDateAtOnce() {
		UserDetails auditor = this.users.loadUserByUsername("bench-auditor-01");
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(auditor, null, auditor.getAuthorities()));
		try {
			LocalDate referenceDate = LocalDate.now().minusDays(3);
			long[] counts = new long[2];
			long start = System.nanoTime();
			this.metrics.computeAll(referenceDate, (establishment, values) -> {
				counts[0]++;
				counts[1] += values.size();
			});
			double seconds = (System.nanoTime() - start) / 1e9;
			this.report.append(String.format(Locale.ROOT,
					"; every metric of %d establishments at %s, all at once (MetricSnapshots.computeAll, %d values): %.1f s",
					counts[0], referenceDate, counts[1], seconds));
			assertThat(seconds).as("budget: under 60 s").isLessThan(60);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void importingTenThousandBeneficiaries() throws Exception {
		long establishment = this.jdbc.queryForObject("""
				SELECT id FROM establishment WHERE created_by = 'benchmark' AND authorised_capacity = 500
				ORDER BY id LIMIT 1
				""", Long.class);
		String manager = this.jdbc.queryForObject("""
				SELECT u.username FROM app_user u JOIN establishment e ON e.organisation_id = u.organisation_id
				WHERE e.id = ? AND u.role = 'MANAGER' ORDER BY u.id LIMIT 1
				""", String.class, establishment);
		UserDetails user = this.users.loadUserByUsername(manager);
		StringBuilder csv = new StringBuilder("last_name,first_name,sex,birth_date,category,admission_date\n");
		for (int i = 1; i <= IMPORTED; i++) {
			csv.append(String.format(Locale.ROOT, "Importe%s,Prenom,%s,%d-%02d-%02d,STUDENT,2026-09-%02d%n", letters(i),
					(i % 2 == 0) ? "F" : "M", 2008 + i % 6, 1 + i % 12, 1 + i % 28, 1 + i % 28));
		}
		long start = System.nanoTime();
		String preview = this.mvc
			.perform(multipart("/establishments/{id}/beneficiaries/import", establishment)
				.file(new MockMultipartFile("file", "import.csv", "text/csv",
						csv.toString().getBytes(StandardCharsets.UTF_8)))
				.with(user(user))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		double uploaded = (System.nanoTime() - start) / 1e9;
		this.mvc.perform(post(preview).param("confirmOverCapacity", "true").with(user(user)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		double seconds = (System.nanoTime() - start) / 1e9;
		Integer imported = this.jdbc.queryForObject(
				"SELECT count(*) FROM beneficiary WHERE establishment_id = ? AND last_name LIKE 'Importe%'",
				Integer.class, establishment);
		this.report.append(String.format(Locale.ROOT,
				"; import of %d beneficiaries (CSV upload %.1f s, then read again, checked and written): %.1f s in all",
				imported, uploaded, seconds));
		assertThat(imported).isEqualTo(IMPORTED);
		removeImported(establishment);
	}

	/**
	 * A validation bumps the dashboard's data version (V107) at its commit; the next
	 * dashboard request recomputes every panel (a cache miss), the one after reads them
	 * from the node's cache.
	 */
	@Test
	void refreshingTheDashboardAfterAValidation() throws Exception {
		UserDetails auditor = this.users.loadUserByUsername("bench-auditor-01");
		this.jdbc.update("UPDATE dashboard_data_version SET version = version + 1");
		long start = System.nanoTime();
		this.mvc.perform(get("/dashboard").with(user(auditor))).andExpect(status().isOk());
		double refreshed = (System.nanoTime() - start) / 1e9;
		start = System.nanoTime();
		this.mvc.perform(get("/dashboard").with(user(auditor))).andExpect(status().isOk());
		double cached = (System.nanoTime() - start) / 1e9;
		this.report.append(String.format(Locale.ROOT,
				"; national dashboard after a validation (every panel recomputed): %.2f s, then from the cache: %.3f s",
				refreshed, cached));
	}

	/** Names take letters only: a number in base 26. */
	private static String letters(int n) {
		StringBuilder letters = new StringBuilder();
		for (int rest = n; rest > 0; rest /= 26) {
			letters.append((char) ('a' + rest % 26));
		}
		return letters.toString();
	}

	private void removeImported(long establishment) {
		String imported = "SELECT id FROM beneficiary WHERE establishment_id = " + establishment
				+ " AND last_name LIKE 'Importe%'";
		this.jdbc.update("DELETE FROM beneficiary_access_log WHERE beneficiary_id IN (" + imported + ")");
		this.jdbc.update("DELETE FROM beneficiary_stay WHERE beneficiary_id IN (" + imported + ")");
		this.jdbc.update("DELETE FROM beneficiary WHERE id IN (" + imported + ")");
	}

}
