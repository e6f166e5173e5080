package org.socle.reporting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.socle.identity.IdentityFixtures;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Validated assessments, their scores and corrective actions written straight as rows, so
 * that reporting tests can set exact scores and dates (the dashboard's and the report's
 * fixtures).
 */
@Component
public class ScoreRows {

	private static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");

	private final IdentityFixtures identity;

	private final JdbcTemplate jdbc;

	ScoreRows(IdentityFixtures identity, JdbcTemplate jdbc) {
		this.identity = identity;
		this.jdbc = jdbc;
	}

	/**
	 * A validated audit with its overall score, validated at 10:00 in Casablanca.
	 * @param category the assessed category, or null for the establishment's own
	 */
	public long validated(long establishment, String category, LocalDate referenceDate, LocalDate validatedOn,
			String score, String band, String rating) {
		long auditor = this.identity.auditor().id();
		OffsetDateTime at = validatedOn.atTime(LocalTime.of(10, 0)).atZone(CASABLANCA).toOffsetDateTime();
		Long id = this.jdbc.queryForObject(
				"""
						INSERT INTO assessment (establishment_id, standard_id, kind, status, reference_date, category, creator_id,
						                        creator_name, reviewer_id, reviewer_name, submitted_at, validated_at, created_at,
						                        updated_at)
						SELECT e.id, s.id, 'AUDIT', 'VALIDATED', ?, coalesce(?, e.category), ?, 'Auditeur', ?, 'Auditeur', ?, ?,
						       now(), now()
						FROM reference_standard s, establishment e
						WHERE s.code = 'SOCLE-EPS' AND s.standard_version = '1.0' AND e.id = ?
						RETURNING id
						""",
				Long.class, referenceDate, category, auditor, auditor, at, at, establishment);
		this.jdbc.update(
				"""
						INSERT INTO assessment_score (assessment_id, score_exact, score, score_display, rounded_score, band, rating,
						                              coverage, applicable_count, answered_count, not_applicable_count, computed_at,
						                              created_at, updated_at)
						VALUES (?, ?, CAST(? AS numeric), round(CAST(? AS numeric), 1), round(CAST(? AS numeric)), ?, ?, 1, 10, 10,
						        0, now(), now(), now())
						""",
				id, score, score, score, score, band, rating);
		return id;
	}

	/** A domain's score of an assessment (band and rating alike). */
	public void domainScore(long assessment, String domain, String score, String rating) {
		this.jdbc.update(
				"""
						INSERT INTO assessment_domain_score (assessment_id, domain_code, weight, score_exact, score, score_display,
						                                     rounded_score, band, rating, applicable_count, answered_count,
						                                     not_applicable_count, created_at, updated_at)
						VALUES (?, ?, 1, ?, CAST(? AS numeric), round(CAST(? AS numeric), 1), round(CAST(? AS numeric)), ?, ?, 3,
						        3, 0, now(), now())
						""",
				assessment, domain, score, score, score, score, rating, rating);
	}

	/** A corrective action of an assessment, on an indicator left at level 2. */
	public void action(long assessment, long establishment, String indicator, LocalDate due, String status,
			LocalDate completed) {
		this.jdbc.update("""
				INSERT INTO action_item (assessment_id, establishment_id, indicator_code, level_at_validation, due_date,
				                         status, completed_on, created_at, updated_at)
				VALUES (?, ?, ?, 2, ?, ?, ?, now(), now())
				""", assessment, establishment, indicator, due, status, completed);
	}

}
