package org.socle.reporting.report;

import java.time.LocalDate;

import org.socle.beneficiary.BeneficiaryFixtures;
import org.socle.beneficiary.DischargeReason;
import org.socle.beneficiary.LegalBasis;
import org.socle.beneficiary.ReferralSource;
import org.socle.beneficiary.Sex;
import org.socle.establishment.Category;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.establishment.EstablishmentStatus;
import org.socle.establishment.registry.AuthorisationStatus;
import org.socle.identity.IdentityFixtures;
import org.socle.reporting.ScoreRows;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Establishments assessed in 2012 and 2013, long before any other test's assessments, so
 * that at the end of 2013 ({@link #D}) they are the only ones in the peer benchmark's 24
 * months; every figure is worked out by hand in {@link QualityReportFiguresTests}.
 * Created once per test database.
 */
@Component
class ReportFixtures {

	static final LocalDate D = LocalDate.of(2013, 12, 31);

	static final String ORGANISATION = "RQ Association du rapport qualité";

	static final String SUBJECT = "RQ Foyer évalué";

	private final IdentityFixtures identity;

	private final EstablishmentFixtures establishments;

	private final BeneficiaryFixtures beneficiaries;

	private final JdbcTemplate jdbc;

	private final ScoreRows scores;

	ReportFixtures(IdentityFixtures identity, EstablishmentFixtures establishments, BeneficiaryFixtures beneficiaries,
			JdbcTemplate jdbc, ScoreRows scores) {
		this.identity = identity;
		this.establishments = establishments;
		this.beneficiaries = beneficiaries;
		this.jdbc = jdbc;
		this.scores = scores;
	}

	/**
	 * @param subject the establishment the report is about
	 */
	record World(long organisation, long subject, long latest) {
	}

	@Transactional
	World world() {
		long organisation = this.identity.organisation(ORGANISATION);
		long subject = establishment(SUBJECT, organisation, Category.CHILDREN, "MA-05", EstablishmentStatus.ACTIVE);
		Long existing = this.jdbc.queryForObject(
				"SELECT max(id) FROM assessment WHERE establishment_id = ? AND reference_date = '2013-06-30'",
				Long.class, subject);
		return new World(organisation, subject, (existing != null) ? existing : records(organisation, subject));
	}

	private long records(long organisation, long subject) {
		// the subject: 45.0 in 2012, then 60.0 (D1 50, D2 70); a 2014 one comes after D
		long first = validated(subject, LocalDate.of(2012, 3, 31), LocalDate.of(2012, 4, 10), "45.0000", "C");
		domain(first, "D1", "40.0000", "C");
		long latest = validated(subject, LocalDate.of(2013, 6, 30), LocalDate.of(2013, 7, 10), "60.0000", "B");
		domain(latest, "D1", "50.0000", "C");
		domain(latest, "D2", "70.0000", "B");
		validated(subject, LocalDate.of(2014, 1, 31), LocalDate.of(2014, 3, 1), "99.0000", "A");

		// peers in the same region (MA-05) and category (CHILDREN)
		long p1 = peer("RQ Pair 1", organisation, Category.CHILDREN, "MA-05", EstablishmentStatus.ACTIVE);
		domain(validated(p1, LocalDate.of(2013, 3, 31), LocalDate.of(2013, 4, 5), "70.0000", "B"), "D1", "60.0000",
				"B");
		validated(p1, LocalDate.of(2014, 1, 31), LocalDate.of(2014, 2, 1), "20.0000", "D");
		long p2 = peer("RQ Pair 2", organisation, Category.CHILDREN, "MA-05", EstablishmentStatus.ACTIVE);
		domain(validated(p2, LocalDate.of(2012, 9, 30), LocalDate.of(2012, 10, 5), "80.0000", "B"), "D1", "80.0000",
				"B");
		long p3 = peer("RQ Pair 3", organisation, Category.CHILDREN, "MA-05", EstablishmentStatus.ACTIVE);
		validated(p3, LocalDate.of(2012, 1, 31), LocalDate.of(2012, 2, 15), "10.0000", "D");
		domain(validated(p3, LocalDate.of(2013, 9, 30), LocalDate.of(2013, 10, 15), "40.0000", "C"), "D1", "30.0000",
				"C");
		// same category elsewhere; other categories elsewhere, without a D1 score
		long p4 = peer("RQ Pair 4", organisation, Category.CHILDREN, "MA-06", EstablishmentStatus.ACTIVE);
		domain(validated(p4, LocalDate.of(2013, 5, 31), LocalDate.of(2013, 6, 10), "90.0000", "A"), "D1", "90.0000",
				"A");
		long p5 = peer("RQ Pair 5", organisation, Category.ELDERLY, "MA-06", EstablishmentStatus.ACTIVE);
		validated(p5, LocalDate.of(2013, 1, 31), LocalDate.of(2013, 2, 10), "50.0000", "C");
		long p6 = peer("RQ Pair 6", organisation, Category.ELDERLY, "MA-07", EstablishmentStatus.ACTIVE);
		validated(p6, LocalDate.of(2012, 6, 30), LocalDate.of(2012, 7, 10), "55.0000", "C");
		// never counted: validated more than 24 months before D; closed
		long old = peer("RQ Ancien", organisation, Category.CHILDREN, "MA-05", EstablishmentStatus.ACTIVE);
		validated(old, LocalDate.of(2011, 6, 30), LocalDate.of(2011, 12, 31), "99.0000", "A");
		long closed = peer("RQ Fermé", organisation, Category.CHILDREN, "MA-05", EstablishmentStatus.CLOSED);
		validated(closed, LocalDate.of(2013, 4, 30), LocalDate.of(2013, 5, 1), "99.0000", "A");

		// the latest plan at D: overdue, done on time, done late, dropped, open and not
		// yet due
		this.scores.action(latest, subject, "D1.C1.I1", LocalDate.of(2013, 9, 30), "OPEN", null);
		this.scores.action(latest, subject, "D1.C1.I2", LocalDate.of(2013, 12, 31), "DONE", LocalDate.of(2013, 11, 15));
		this.scores.action(latest, subject, "D1.C1.I3", LocalDate.of(2013, 10, 31), "DONE", LocalDate.of(2013, 12, 1));
		this.scores.action(latest, subject, "D1.C2.I1", LocalDate.of(2013, 8, 31), "DROPPED", null);
		this.scores.action(latest, subject, "D1.C2.I2", LocalDate.of(2014, 3, 31), "IN_PROGRESS", null);

		// present at D: two girls of 3, a boy of 8 discharged on D itself, a boy of 15;
		// not: a girl gone in November, a boy admitted in 2014
		person(subject, "RQ Fille 1", Sex.F, LocalDate.of(2010, 6, 1), LocalDate.of(2013, 1, 1), null);
		person(subject, "RQ Fille 2", Sex.F, LocalDate.of(2010, 6, 1), LocalDate.of(2013, 1, 1), null);
		person(subject, "RQ Garçon 8", Sex.M, LocalDate.of(2005, 1, 1), LocalDate.of(2012, 5, 1), D);
		person(subject, "RQ Garçon 15", Sex.M, LocalDate.of(1998, 1, 1), LocalDate.of(2013, 2, 1), null);
		person(subject, "RQ Partie", Sex.F, LocalDate.of(2010, 6, 1), LocalDate.of(2013, 1, 1),
				LocalDate.of(2013, 11, 30));
		person(subject, "RQ Arrivé en 2014", Sex.M, LocalDate.of(2005, 1, 1), LocalDate.of(2014, 1, 5), null);
		// care staff at D: two; not one who left in June, nor one without the
		// qualification
		this.establishments.staff(subject, "RQ Éducatrice 1", true, LocalDate.of(2010, 1, 1), null);
		this.establishments.staff(subject, "RQ Éducatrice 2", true, LocalDate.of(2010, 1, 1), null);
		this.establishments.staff(subject, "RQ Éducateur parti", true, LocalDate.of(2010, 1, 1),
				LocalDate.of(2013, 6, 30));
		this.establishments.staff(subject, "RQ Cuisinier", false, LocalDate.of(2010, 1, 1), null);
		return latest;
	}

	private long establishment(String name, long organisation, Category category, String region,
			EstablishmentStatus status) {
		return this.establishments.establishment(name, organisation, (form) -> {
			form.setCategory(category);
			form.setRegionCode(region);
			form.setAuthorisedCapacity(10);
			form.setAuthorisationStatus(AuthorisationStatus.VALID);
			form.setStatus(status);
		}).id();
	}

	private long peer(String name, long organisation, Category category, String region, EstablishmentStatus status) {
		return establishment(name, organisation, category, region, status);
	}

	private void person(long establishment, String name, Sex sex, LocalDate born, LocalDate admission,
			LocalDate discharge) {
		var builder = this.beneficiaries.beneficiary(establishment, name)
			.sex(sex)
			.born(born)
			.admitted(admission, ReferralSource.FAMILY, LegalBasis.PLACEMENT_DECISION);
		if (discharge != null) {
			builder.discharged(discharge, DischargeReason.FAMILY_REINTEGRATION);
		}
		builder.create();
	}

	/** A validated audit with its score, validated at 10:00 in Casablanca. */
	long validated(long establishment, LocalDate referenceDate, LocalDate validatedOn, String score, String rating) {
		return this.scores.validated(establishment, null, referenceDate, validatedOn, score, rating, rating);
	}

	void domain(long assessment, String domain, String score, String rating) {
		this.scores.domainScore(assessment, domain, score, rating);
	}

}
