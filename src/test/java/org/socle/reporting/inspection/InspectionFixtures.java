package org.socle.reporting.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

import org.socle.beneficiary.BeneficiaryFixtures;
import org.socle.beneficiary.DischargeReason;
import org.socle.beneficiary.LegalBasis;
import org.socle.beneficiary.ReferralSource;
import org.socle.establishment.Category;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.establishment.registry.AuthorisationStatus;
import org.socle.identity.IdentityFixtures;
import org.socle.reporting.ScoreRows;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Four older people's homes of Guelmim-Oued Noun (MA-10), dated from today, whose risk
 * scores are worked out by hand in {@link RiskScoreTests}: a risky one where ten factors
 * apply, a calm one where none does, one never assessed and without authorisation, one
 * rated C, and one whose declarations the records contradict. Created once per test
 * database.
 */
@Component
class InspectionFixtures {

	static final String REGION = "MA-10";

	static final Category CATEGORY = Category.ELDERLY;

	private final IdentityFixtures identity;

	private final EstablishmentFixtures establishments;

	private final BeneficiaryFixtures beneficiaries;

	private final ScoreRows scores;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	InspectionFixtures(IdentityFixtures identity, EstablishmentFixtures establishments,
			BeneficiaryFixtures beneficiaries, ScoreRows scores, JdbcTemplate jdbc, Clock clock) {
		this.identity = identity;
		this.establishments = establishments;
		this.beneficiaries = beneficiaries;
		this.scores = scores;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	record World(long risky, long calm, long neverAssessed, long ratedC, long contradicted) {
	}

	@Transactional
	World world() {
		long organisation = this.identity.organisation("IN Association des foyers inspectés");
		LocalDate today = LocalDate.now(this.clock);
		boolean created = this.jdbc.queryForObject("SELECT count(*) FROM establishment WHERE name_fr = ?", Long.class,
				"IN Foyer à risque") > 0;
		long risky = establishment("IN Foyer à risque", organisation, 4, AuthorisationStatus.EXPIRED,
				today.minusDays(30));
		long calm = establishment("IN Foyer serein", organisation, 10, AuthorisationStatus.VALID, null);
		long never = establishment("IN Foyer jamais évalué", organisation, 10, AuthorisationStatus.NONE, null);
		long ratedC = establishment("IN Foyer moyen", organisation, 10, AuthorisationStatus.VALID, null);
		long contradicted = establishment("IN Foyer contredit", organisation, 10, AuthorisationStatus.VALID, null);
		if (!created) {
			risky(risky, today);
			calm(calm, today);
			this.scores.validated(ratedC, null, today.minusDays(100), today.minusDays(90), "50.0000", "C", "C");
			contradicted(contradicted, today);
		}
		return new World(risky, calm, never, ratedC, contradicted);
	}

	/**
	 * Four people present from 700 to 250 days ago (capacity 4: not over), then five from
	 * 200 days ago until today (over capacity on 201 days of the last 365); two care
	 * staff a year ago, one of whom left 100 days ago; assessments validated 500 days ago
	 * (70.0) and 400 days ago (45.0, band C capped at D, 100 % health cover recorded on
	 * its reference date 410 days ago); an action overdue since 10 days.
	 */
	private void risky(long id, LocalDate today) {
		for (int i = 0; i < 4; i++) {
			person(id, "IN Ancien " + i, today.minusDays(700), today.minusDays(250));
		}
		for (int i = 0; i < 5; i++) {
			person(id, "IN Présent " + i, today.minusDays(200), null);
		}
		this.establishments.staff(id, "IN Éducatrice", true, today.minusDays(800), null);
		this.establishments.staff(id, "IN Éducateur parti", true, today.minusDays(800), today.minusDays(100));
		this.scores.validated(id, null, today.minusDays(510), today.minusDays(500), "70.0000", "B", "B");
		long latest = validatedWithHealthCover(id, today.minusDays(410), today.minusDays(400), "45.0000", 4, 4);
		this.jdbc.update(
				"""
						INSERT INTO assessment_score_cap (assessment_id, scope, reason, rating_limit, indicator_codes, domain_codes,
						                                  created_at, updated_at)
						VALUES (?, 'OVERALL', 'TWO_OR_MORE_CRITICAL_AT_LEVEL_1', 'D', ARRAY['D1.C1.I1', 'D2.C2.I1'], ARRAY[]::varchar[],
						        now(), now())
						""",
				latest);
		this.scores.action(latest, id, "D1.C1.I1", today.minusDays(10), "OPEN", null);
	}

	/** Three people, one care staff member throughout, rated A 60 days ago. */
	private void calm(long id, LocalDate today) {
		for (int i = 0; i < 3; i++) {
			person(id, "IN Serein " + i, today.minusDays(600), null);
		}
		this.establishments.staff(id, "IN Infirmière", true, today.minusDays(900), null);
		this.scores.validated(id, null, today.minusDays(70), today.minusDays(60), "90.0000", "A", "A");
	}

	/**
	 * Nobody present, rated A 60 days ago (no other factor applies), then an audit
	 * submitted 10 days ago holding one contradiction open and one corrected; the open
	 * contradiction of an older assessment (validated since, without a score) is not the
	 * latest's: not counted. Contradictions are kept at submission: a validated
	 * assessment's can no longer be written.
	 */
	private void contradicted(long id, LocalDate today) {
		long older = submitted(id, today.minusDays(200));
		contradiction(older, "DIRECTOR", "D1.C2.I2", null);
		this.jdbc.update(
				"""
						UPDATE assessment SET status = 'VALIDATED', reviewer_id = ?, reviewer_name = 'Auditeur', validated_at = ?
						WHERE id = ?
						""",
				this.identity.auditor().id(), OffsetDateTime.now(this.clock).minusDays(190), older);
		this.scores.validated(id, null, today.minusDays(70), today.minusDays(60), "90.0000", "A", "A");
		long latest = submitted(id, today.minusDays(10));
		contradiction(latest, "DIRECTOR", "D1.C2.I2", null);
		contradiction(latest, "ACCOUNTS", "D1.C3.I1", "CORRECTED");
	}

	private long submitted(long establishment, LocalDate on) {
		return this.jdbc.queryForObject(
				"""
						INSERT INTO assessment (establishment_id, standard_id, kind, status, reference_date, category, creator_id,
						                        creator_name, submitted_at, created_at, updated_at)
						SELECT e.id, s.id, 'AUDIT', 'SUBMITTED', ?, e.category, ?, 'Auditeur', ?, now(), now()
						FROM reference_standard s, establishment e
						WHERE s.code = 'SOCLE-EPS' AND s.standard_version = '1.0' AND e.id = ?
						RETURNING id
						""",
				Long.class, on, this.identity.auditor().id(),
				on.atTime(LocalTime.of(10, 0)).atZone(this.clock.getZone()).toOffsetDateTime(), establishment);
	}

	/** A contradiction kept at submission, with the auditor's decision (or none yet). */
	private void contradiction(long assessment, String rule, String indicator, String decision) {
		boolean decided = decision != null;
		this.jdbc.update(
				"""
						INSERT INTO assessment_contradiction (assessment_id, rule_code, indicator_code, message_key, message_args,
						                                      found_at, decision, decided_by_id, decided_by_name, decided_at,
						                                      created_at, updated_at)
						VALUES (?, ?, ?, ?, ARRAY[]::text[], now(), ?, ?, ?, ?, now(), now())
						""",
				assessment, rule, indicator, "contradiction." + rule + ".message", decision,
				decided ? this.identity.auditor().id() : null, decided ? "Auditeur" : null,
				decided ? OffsetDateTime.now(this.clock) : null);
	}

	/**
	 * A validated audit (band C, rating D) whose answer records the health cover share:
	 * written as a draft, then validated (a validated assessment's parts are immutable).
	 */
	private long validatedWithHealthCover(long establishment, LocalDate referenceDate, LocalDate validatedOn,
			String score, long covered, long present) {
		long auditor = this.identity.auditor().id();
		OffsetDateTime at = validatedOn.atTime(LocalTime.of(10, 0)).atZone(this.clock.getZone()).toOffsetDateTime();
		Long id = this.jdbc.queryForObject(
				"""
						INSERT INTO assessment (establishment_id, standard_id, kind, status, reference_date, category, creator_id,
						                        creator_name, created_at, updated_at)
						SELECT e.id, s.id, 'AUDIT', 'DRAFT', ?, e.category, ?, 'Auditeur', now(), now()
						FROM reference_standard s, establishment e
						WHERE s.code = 'SOCLE-EPS' AND s.standard_version = '1.0' AND e.id = ?
						RETURNING id
						""",
				Long.class, referenceDate, auditor, establishment);
		this.jdbc.update("""
				INSERT INTO assessment_answer (assessment_id, indicator_code, answer_type, metric_value, metric_key,
				                               metric_numerator, metric_denominator, created_at, updated_at)
				VALUES (?, 'D3.C1.I1', 'METRIC', 100, 'HEALTH_COVER_RATE', ?, ?, now(), now())
				""", id, covered, present);
		this.jdbc.update(
				"""
						UPDATE assessment SET status = 'VALIDATED', submitted_at = ?, reviewer_id = ?, reviewer_name = 'Auditeur',
						                      validated_at = ?
						WHERE id = ?
						""",
				at, auditor, at, id);
		this.jdbc.update(
				"""
						INSERT INTO assessment_score (assessment_id, score_exact, score, score_display, rounded_score, band, rating,
						                              coverage, applicable_count, answered_count, not_applicable_count, computed_at,
						                              created_at, updated_at)
						VALUES (?, ?, CAST(? AS numeric), round(CAST(? AS numeric), 1), round(CAST(? AS numeric)), 'C', 'D', 1, 10, 10,
						        0, now(), now(), now())
						""",
				id, score, score, score, score);
		return id;
	}

	private long establishment(String name, long organisation, int capacity, AuthorisationStatus authorisation,
			LocalDate expiry) {
		return this.establishments.establishment(name, organisation, (form) -> {
			form.setCategory(CATEGORY);
			form.setRegionCode(REGION);
			form.setAuthorisedCapacity(capacity);
			form.setAuthorisationStatus(authorisation);
			form.setAuthorisationExpiry(expiry);
		}).id();
	}

	private void person(long establishment, String name, LocalDate admission, LocalDate discharge) {
		var builder = this.beneficiaries.beneficiary(establishment, name)
			.bornAbout(1950)
			.admitted(admission, ReferralSource.FAMILY, LegalBasis.PERSONAL_REQUEST);
		if (discharge != null) {
			builder.discharged(discharge, DischargeReason.FAMILY_REINTEGRATION);
		}
		builder.create();
	}

}
