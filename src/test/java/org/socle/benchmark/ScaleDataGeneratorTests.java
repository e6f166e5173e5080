package org.socle.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socle.shared.crypto.FieldEncryption;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generates the benchmark's data at scale {@code -Dsocle.bench.scale} (S, M or L) into
 * its persistent database ({@link ScaleDatabase}), once: a database that has it already
 * is left alone. Gives the benchmark accounts the demo password ({@code admin}, the first
 * regional auditor, and the manager of the 500-place establishment) and writes the time
 * of each step to {@code <data-dir>/generated.md}. Run by {@code bench/http.sh}.
 */
@ScaleDatabase
class ScaleDataGeneratorTests {

	static final String PASSWORD = "socle-demo";

	/** The regional auditor's API token; not a secret: the data is synthetic. */
	static final String API_TOKEN = "socle_benchmark-token-of-the-regional-auditor";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	FieldEncryption encryption;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void generate() throws Exception {
		ScaleData.Scale scale = ScaleData.Scale.valueOf(System.getProperty("socle.bench.scale", "S"));
		long start = System.nanoTime();
		Map<String, Long> steps = new ScaleData(this.jdbc, this.transactionManager, this.encryption::encrypt)
			.seed(scale.establishments, scale.activeBeneficiaries());
		long total = (System.nanoTime() - start) / 1_000_000;
		String hash = this.passwords.encode(PASSWORD);
		this.jdbc.update("""
				UPDATE app_user SET password_hash = ?, enabled = true
				WHERE username = 'bench-auditor-01'
				   OR organisation_id = (SELECT organisation_id FROM establishment WHERE created_by = 'benchmark'
				                         AND authorised_capacity = 500 ORDER BY id LIMIT 1)
				""", hash);
		this.jdbc.update("""
				INSERT INTO api_token (user_id, name, token_prefix, token_hash, expires_at, created_at, created_by,
				                       updated_at, updated_by)
				SELECT id, 'benchmark', substr(?, 7, 8), encode(sha256(convert_to(?, 'UTF8')), 'hex'),
				       now() + interval '10 years', now(), 'benchmark', now(), 'benchmark'
				FROM app_user WHERE username = 'bench-auditor-01'
				ON CONFLICT (token_hash) DO NOTHING
				""", API_TOKEN, API_TOKEN);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM establishment", Integer.class))
			.isGreaterThanOrEqualTo(scale.establishments);
		if (!steps.isEmpty()) {
			StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
					"# Scale %s generated in %.1f s (load average before: %s)%n%n| step | s |%n|---|---:|%n", scale,
					total / 1000.0, Files.readString(Path.of("/proc/loadavg")).strip()));
			steps
				.forEach((step, ms) -> report.append(String.format(Locale.ROOT, "| %s | %.1f |%n", step, ms / 1000.0)));
			report.append('\n').append(volumes());
			Path out = Path.of(System.getProperty("socle.bench.data-dir", "target/bench-data/S"), "generated.md");
			Files.writeString(out, report, StandardCharsets.UTF_8);
			System.out.println(report);
		}
	}

	private String volumes() {
		return this.jdbc.queryForObject("""
				SELECT format('%s establishments, %s active and %s discharged beneficiaries, %s service records, '
				              || '%s care plans, %s assessments (%s validated), %s answers, %s domain scores, '
				              || '%s corrective actions, %s staff; database %s.',
				              (SELECT count(*) FROM establishment),
				              (SELECT count(*) FROM beneficiary_stay WHERE discharge_date IS NULL),
				              (SELECT count(*) FROM beneficiary_stay WHERE discharge_date IS NOT NULL),
				              (SELECT count(*) FROM care_record), (SELECT count(*) FROM care_plan),
				              (SELECT count(*) FROM assessment),
				              (SELECT count(*) FROM assessment WHERE status = 'VALIDATED'),
				              (SELECT count(*) FROM assessment_answer), (SELECT count(*) FROM assessment_domain_score),
				              (SELECT count(*) FROM action_item), (SELECT count(*) FROM establishment_staff),
				              pg_size_pretty(pg_database_size(current_database())))
				""", String.class) + "\n";
	}

}
