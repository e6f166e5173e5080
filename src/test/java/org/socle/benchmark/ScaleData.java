package org.socle.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmark's data at one of three scales, on top of {@link NationalData}'s
 * establishments: beneficiaries (active in proportion to each establishment's places, and
 * one and a half times as many discharged), their stays, service records, a care plan
 * with a review for each person present, five years of validated audits with their
 * answers, scores, domain scores and corrective actions, and a self-assessment in
 * progress in every establishment. All set-based SQL ({@code INSERT … SELECT},
 * {@code generate_series}) in one transaction; rows are marked
 * {@code created_by = 'benchmark'}.
 * <p>
 * The encrypted columns (a beneficiary's disability and health cover, care plan goals and
 * actions) hold values encrypted by the application's own {@code FieldEncryption}: one
 * ciphertext per distinct value, passed in by the caller, since the key is not known to
 * SQL. Service notes and review summaries, which may be empty, are left empty.
 */
final class ScaleData {

	/**
	 * The scales of docs/performance.md: establishments, active beneficiaries, service
	 * records.
	 */
	enum Scale {

		S(30), M(300), L(1100);

		final int establishments;

		Scale(int establishments) {
			this.establishments = establishments;
		}

		/**
		 * 100,000 active beneficiaries at the national 1,100 establishments, pro rata.
		 */
		int activeBeneficiaries() {
			return 100_000 * this.establishments / 1100;
		}

	}

	/** Twelve service records per beneficiary: 3,000,000 for the 250,000 at L. */
	private static final int SERVICES_PER_BENEFICIARY = 12;

	/** Active and discharged people per establishment, in proportion to its places. */
	private static final String QUOTA = """
			CREATE TEMP TABLE bench_quota ON COMMIT DROP AS
			SELECT e.id AS establishment_id, e.category,
			       greatest(1, round(e.authorised_capacity * ?::numeric / sum(e.authorised_capacity) OVER ()))::int AS active
			FROM establishment e WHERE e.created_by = 'benchmark'
			""";

	private static final String BENEFICIARIES = """
			INSERT INTO beneficiary (establishment_id, last_name, first_name, last_name_ar, first_name_ar, sex, birth_date,
			                         category, disability_type, has_disability, disability_supported, health_insurance,
			                         has_health_cover, health_cover_known, schooling, created_at, created_by, updated_at,
			                         updated_by)
			SELECT q.establishment_id,
			       (ARRAY['El Amrani', 'Benali', 'Ouchen', 'Tahiri', 'Bennani', 'Alaoui', 'Idrissi', 'Berrada', 'Chraibi',
			              'Lahlou', 'Ait Said', 'Boukhari', 'Fassi', 'Naciri', 'Ziani', 'Hajji'])[1 + (q.establishment_id + g * 7) % 16],
			       (ARRAY['Fatima', 'Mohamed', 'Khadija', 'Ahmed', 'Aicha', 'Youssef', 'Naima', 'Hassan', 'Zineb', 'Rachid',
			              'Meryem', 'Abdellah', 'Samira', 'Omar', 'Hanane', 'Mustapha', 'Latifa', 'Karim', 'Souad',
			              'Driss'])[1 + (q.establishment_id * 3 + g) % 20] || ' ' || g,
			       (ARRAY['العمراني', 'بنعلي', 'أوشن', 'الطاهري', 'بناني', 'العلوي', 'الإدريسي', 'برادة'])[1 + g % 8],
			       (ARRAY['فاطمة', 'محمد', 'خديجة', 'أحمد', 'عائشة', 'يوسف', 'نعيمة', 'حسن'])[1 + (g * 3) % 8],
			       CASE WHEN (q.establishment_id + g) % 2 = 0 THEN 'F' ELSE 'M' END,
			       current_date - (365 * CASE q.category WHEN 'STUDENTS' THEN 12 + g % 7 WHEN 'CHILDREN' THEN 3 + g % 15
			                                             WHEN 'ELDERLY' THEN 60 + g % 30 ELSE 18 + g % 45 END
			                        + (q.establishment_id * 31 + g * 17) % 365)::int,
			       CASE q.category WHEN 'STUDENTS' THEN 'STUDENT' WHEN 'CHILDREN' THEN 'CHILD' WHEN 'ELDERLY' THEN 'OLDER_PERSON'
			                       WHEN 'DISABILITY' THEN 'PERSON_WITH_DISABILITY' WHEN 'WOMEN' THEN 'WOMAN'
			                       WHEN 'HOMELESS' THEN 'HOMELESS_PERSON' ELSE 'OTHER' END,
			       CASE WHEN q.category = 'DISABILITY' OR g % 23 = 0 THEN (?::text[])[1 + g % 8] END,
			       q.category = 'DISABILITY' OR g % 23 = 0,
			       (q.category = 'DISABILITY' OR g % 23 = 0) AND g % 3 = 0,
			       (?::text[])[1 + g % 3],
			       g % 3 = 0, g % 3 <> 2,
			       CASE WHEN q.category IN ('STUDENTS', 'CHILDREN') THEN 'ENROLLED' END,
			       now(), 'benchmark', now(), 'benchmark'
			FROM bench_quota q, generate_series(1, q.active * 5 / 2) g
			""";

	/**
	 * One stay each: the first {@code active} people of an establishment are present, the
	 * others left within the last five years.
	 */
	private static final String STAYS = """
			INSERT INTO beneficiary_stay (beneficiary_id, establishment_id, admission_date, referral_source, legal_basis,
			                              discharge_date, discharge_reason, created_at, created_by, updated_at, updated_by)
			SELECT b.id, b.establishment_id, s.admission,
			       (ARRAY['FAMILY', 'LOCAL_AUTHORITY', 'ASSOCIATION', 'ENTRAIDE_NATIONALE', 'SELF'])[1 + b.id % 5],
			       (ARRAY['PERSONAL_REQUEST', 'FAMILY_REQUEST', 'PLACEMENT_DECISION'])[1 + b.id % 3],
			       CASE WHEN b.n > q.active THEN s.admission + (60 + b.id % 300)::int END,
			       CASE WHEN b.n > q.active
			            THEN (ARRAY['FAMILY_REINTEGRATION', 'AUTONOMY', 'EMPLOYMENT', 'TRANSFER', 'OTHER'])[1 + b.id % 5] END,
			       now(), 'benchmark', now(), 'benchmark'
			FROM (SELECT id, establishment_id, row_number() OVER (PARTITION BY establishment_id ORDER BY id) AS n
			      FROM beneficiary WHERE created_by = 'benchmark') b
			JOIN bench_quota q ON q.establishment_id = b.establishment_id
			CROSS JOIN LATERAL (SELECT current_date - CASE WHEN b.n > q.active THEN 400 + (b.id * 37) % 1400
			                                               ELSE 30 + (b.id * 37) % 1400 END::int AS admission) s
			""";

	/** Services spread evenly over each stay (up to today for the people present). */
	private static final String SERVICES = """
			INSERT INTO care_record (beneficiary_id, establishment_id, service_type_id, service_date, created_at, created_by,
			                         updated_at, updated_by)
			SELECT s.beneficiary_id, s.establishment_id, t.ids[1 + (s.beneficiary_id + k) % array_length(t.ids, 1)],
			       s.admission_date + (k * (coalesce(s.discharge_date, current_date) - s.admission_date) / (? + 1)),
			       now(), 'benchmark', now(), 'benchmark'
			FROM beneficiary_stay s
			CROSS JOIN (SELECT array_agg(id ORDER BY id) AS ids FROM care_service_type) t
			CROSS JOIN generate_series(1, ?) k
			WHERE s.created_by = 'benchmark'
			""";

	/** A plan for each person present, a few overdue for review. */
	private static final String PLANS = """
			INSERT INTO care_plan (beneficiary_id, goals, actions, next_review_date, created_at, created_by, updated_at,
			                       updated_by)
			SELECT s.beneficiary_id, ?, ?, current_date + (s.beneficiary_id % 150)::int - 30, now(), 'benchmark', now(),
			       'benchmark'
			FROM beneficiary_stay s WHERE s.created_by = 'benchmark' AND s.discharge_date IS NULL
			""";

	private static final String REVIEWS = """
			INSERT INTO care_plan_review (care_plan_id, establishment_id, review_date, created_at, created_by, updated_at,
			                              updated_by)
			SELECT p.id, b.establishment_id, p.next_review_date - 180, now(), 'benchmark', now(), 'benchmark'
			FROM care_plan p JOIN beneficiary b ON b.id = p.beneficiary_id
			WHERE p.created_by = 'benchmark'
			""";

	/**
	 * A validated audit a year for five years, each establishment on its own day, and a
	 * self-assessment in progress.
	 */
	private static final String ASSESSMENTS = """
			INSERT INTO assessment (establishment_id, standard_id, kind, status, reference_date, category, creator_id,
			                        creator_name, reviewer_id, reviewer_name, submitted_at, validated_at, created_at,
			                        created_by, updated_at, updated_by)
			SELECT e.id, s.id, 'AUDIT', 'VALIDATED', v.at::date - 20, e.category, u.id, u.display_name, u.id,
			       u.display_name, v.at - interval '5 days', v.at, now(), 'benchmark', now(), 'benchmark'
			FROM establishment e
			CROSS JOIN generate_series(0, 4) y
			CROSS JOIN LATERAL (SELECT now() - make_interval(years => y, days => (e.id % 300)::int) AS at) v
			CROSS JOIN (SELECT id FROM reference_standard WHERE code = 'SOCLE-EPS' AND standard_version = '1.0') s
			CROSS JOIN (SELECT id, display_name FROM app_user WHERE username = 'bench-auditor-01') u
			WHERE e.created_by = 'benchmark'
			UNION ALL
			SELECT e.id, s.id, 'SELF', 'DRAFT', current_date, e.category, u.id, u.display_name, NULL, NULL, NULL, NULL,
			       now(), 'benchmark', now(), 'benchmark'
			FROM establishment e
			CROSS JOIN (SELECT id FROM reference_standard WHERE code = 'SOCLE-EPS' AND standard_version = '1.0') s
			JOIN app_user u ON u.organisation_id = e.organisation_id AND u.created_by = 'benchmark'
			WHERE e.created_by = 'benchmark'
			""";

	private static final String AUTHORS = """
			INSERT INTO assessment_author (assessment_id, user_id)
			SELECT id, creator_id FROM assessment WHERE created_by = 'benchmark'
			""";

	/**
	 * The answers of every applicable indicator: levels, yes/no and metric values for the
	 * audits, a third answered for the drafts. Written with the immutability triggers off
	 * for this transaction, since the audits are already validated.
	 */
	private static final String ANSWERS = """
			INSERT INTO assessment_answer (assessment_id, indicator_code, answer_type, level, yes, metric_value, metric_key,
			                               created_at, created_by, updated_at, updated_by)
			SELECT a.id, i.code, i.answer_type,
			       CASE WHEN i.answer_type = 'LEVEL' AND x.answered THEN 1 + (a.id + i.id) % 4 END,
			       CASE WHEN i.answer_type = 'YES_NO' AND x.answered THEN (a.id + i.id) % 3 <> 0 END,
			       CASE WHEN i.answer_type = 'METRIC' AND x.answered THEN ((a.id * 7 + i.id) % 100)::numeric END,
			       CASE WHEN i.answer_type = 'METRIC' AND x.answered THEN i.metric_key END,
			       now(), 'benchmark', now(), 'benchmark'
			FROM assessment a
			JOIN standard_indicator i ON i.standard_id = a.standard_id
			                         AND (cardinality(i.applies_to) = 0 OR a.category = ANY (i.applies_to))
			CROSS JOIN LATERAL (SELECT a.status = 'VALIDATED' OR i.id % 3 = 0 AS answered) x
			WHERE a.created_by = 'benchmark'
			""";

	private static final String SCORES = """
			INSERT INTO assessment_score (assessment_id, score_exact, score, score_display, rounded_score, band, rating,
			                              coverage, applicable_count, answered_count, not_applicable_count, computed_at,
			                              created_at, created_by, updated_at, updated_by)
			SELECT a.id, x.score::text, x.score, round(x.score, 1), round(x.score), x.band, x.band, 1, 60, 60, 0, now(),
			       now(), 'benchmark', now(), 'benchmark'
			FROM assessment a
			CROSS JOIN LATERAL (SELECT (20 + (a.establishment_id * 13 + a.id * 7) % 75 + (a.id % 10) / 10.0)::numeric(8, 4)
			                           AS score) s
			CROSS JOIN LATERAL (SELECT s.score, CASE WHEN round(s.score) >= 85 THEN 'A' WHEN round(s.score) >= 60 THEN 'B'
			                                         WHEN round(s.score) >= 30 THEN 'C' ELSE 'D' END AS band) x
			WHERE a.created_by = 'benchmark' AND a.status = 'VALIDATED'
			""";

	/**
	 * Seven domain scores around each audit's score; {@code $marker}: who wrote the
	 * audits.
	 */
	private static final String DOMAIN_SCORES = """
			INSERT INTO assessment_domain_score (assessment_id, domain_code, weight, score_exact, score, score_display,
			                                     rounded_score, band, rating, applicable_count, answered_count,
			                                     not_applicable_count, created_at, created_by, updated_at, updated_by)
			SELECT s.assessment_id, 'D' || d, 1, x.score::text, x.score, round(x.score, 1), round(x.score), x.band, x.band,
			       8, 8, 0, now(), '$marker', now(), '$marker'
			FROM assessment_score s
			CROSS JOIN generate_series(1, 7) d
			CROSS JOIN LATERAL (SELECT least(100, greatest(0, s.score + (d * 11 % 30) - 15))::numeric(8, 4) AS score) v
			CROSS JOIN LATERAL (SELECT v.score, CASE WHEN round(v.score) >= 85 THEN 'A' WHEN round(v.score) >= 60 THEN 'B'
			                                         WHEN round(v.score) >= 30 THEN 'C' ELSE 'D' END AS band) x
			WHERE s.created_by = '$marker'
			""";

	/** Five actions per audit: done on time, done late, dropped, open (some overdue). */
	private static final String ACTIONS = """
			INSERT INTO action_item (assessment_id, establishment_id, indicator_code, level_at_validation, due_date, status,
			                         completed_on, created_at, created_by, updated_at, updated_by)
			SELECT a.id, a.establishment_id, 'D' || k || '.C1.I1', 2, a.validated_at::date + 180,
			       (ARRAY['DONE', 'DONE', 'DROPPED', 'OPEN', 'IN_PROGRESS'])[k],
			       CASE k WHEN 1 THEN a.validated_at::date + 150 WHEN 2 THEN a.validated_at::date + 200 END,
			       now(), '$marker', now(), '$marker'
			FROM assessment a CROSS JOIN generate_series(1, 5) k
			WHERE a.created_by = '$marker' AND a.status = 'VALIDATED'
			""";

	/** Seven domain scores for each audit written by {@code marker} (its created_by). */
	static String domainScores(String marker) {
		return DOMAIN_SCORES.replace("$marker", marker);
	}

	/** Five corrective actions for each validated audit written by {@code marker}. */
	static String actions(String marker) {
		return ACTIONS.replace("$marker", marker);
	}

	private final JdbcTemplate jdbc;

	private final PlatformTransactionManager transactionManager;

	private final Function<String, String> encrypt;

	/**
	 * @param encrypt the application's encryption of a sensitive value
	 */
	ScaleData(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Function<String, String> encrypt) {
		this.jdbc = jdbc;
		this.transactionManager = transactionManager;
		this.encrypt = encrypt;
	}

	/**
	 * Seeds the establishments and everything above at this scale, unless the data is
	 * there already, then vacuums and analyses.
	 * @return milliseconds per step, empty when the data was already there
	 */
	Map<String, Long> seed(int establishments, int activeBeneficiaries) {
		Map<String, Long> millis = new LinkedHashMap<>();
		Integer existing = this.jdbc.queryForObject("SELECT count(*) FROM beneficiary WHERE created_by = ?",
				Integer.class, NationalData.MARKER);
		if (existing != null && existing > 0) {
			return millis;
		}
		timed(millis, "establishments, staff, committees, audit trail",
				() -> new NationalData(this.jdbc, this.transactionManager, establishments).seed(false));
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			// no trigger in this transaction: the foreign keys' row-by-row checks cost
			// more
			// than the inserts (the rows are consistent by construction), and the audits
			// are
			// validated before their answers are written
			this.jdbc.execute("SET LOCAL session_replication_role = replica");
			this.jdbc.update(QUOTA, activeBeneficiaries);
			String[] disabilities = encrypted("PHYSICAL", "VISUAL", "HEARING", "INTELLECTUAL", "PSYCHIC", "AUTISM",
					"MULTIPLE", "OTHER");
			String[] insurances = encrypted("AMO", "NONE", "UNKNOWN");
			timed(millis, "beneficiary", () -> this.jdbc.update(BENEFICIARIES, disabilities, insurances));
			timed(millis, "beneficiary_stay", () -> this.jdbc.update(STAYS));
			timed(millis, "care_record",
					() -> this.jdbc.update(SERVICES, SERVICES_PER_BENEFICIARY, SERVICES_PER_BENEFICIARY));
			timed(millis, "care_plan",
					() -> this.jdbc.update(PLANS, this.encrypt.apply("Autonomie au quotidien et scolarité suivie."),
							this.encrypt.apply("Suivi éducatif hebdomadaire, bilan de santé annuel.")));
			timed(millis, "care_plan_review", () -> this.jdbc.update(REVIEWS));
			timed(millis, "assessment", () -> {
				this.jdbc.update(ASSESSMENTS);
				this.jdbc.update(AUTHORS);
			});
			timed(millis, "assessment_answer", () -> this.jdbc.update(ANSWERS));
			timed(millis, "assessment_score", () -> this.jdbc.update(SCORES));
			timed(millis, "assessment_domain_score", () -> this.jdbc.update(domainScores(NationalData.MARKER)));
			timed(millis, "action_item", () -> this.jdbc.update(actions(NationalData.MARKER)));
		});
		timed(millis, "VACUUM ANALYZE", () -> this.jdbc.execute("VACUUM ANALYZE"));
		return millis;
	}

	private String[] encrypted(String... values) {
		return List.of(values).stream().map(this.encrypt).toArray(String[]::new);
	}

	private static void timed(Map<String, Long> millis, String step, Runnable work) {
		long start = System.nanoTime();
		work.run();
		millis.put(step, (System.nanoTime() - start) / 1_000_000);
	}

}
