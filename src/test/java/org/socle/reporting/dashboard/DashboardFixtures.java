package org.socle.reporting.dashboard;

import java.time.LocalDate;

import org.socle.beneficiary.BeneficiaryFixtures;
import org.socle.beneficiary.DisabilityType;
import org.socle.beneficiary.DischargeReason;
import org.socle.beneficiary.LegalBasis;
import org.socle.beneficiary.ReferralSource;
import org.socle.beneficiary.Sex;
import org.socle.establishment.registry.AuthorisationStatus;
import org.socle.establishment.Category;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.establishment.EstablishmentStatus;
import org.socle.identity.IdentityFixtures;
import org.socle.reporting.ScoreRows;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One organisation's establishments, stays, validated assessments and corrective actions,
 * small enough to compute every dashboard figure by hand at the end of 2024
 * ({@link #END_2024}); the figures are worked out in {@link DashboardFiguresTests}. The
 * organisation is the fixture's own, so filtering on it leaves out every other test's
 * data. Created once per test database.
 */
@Component
class DashboardFixtures {

	static final String ORGANISATION = "DB Association du tableau de bord";

	static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);

	private final IdentityFixtures identity;

	private final EstablishmentFixtures establishments;

	private final BeneficiaryFixtures beneficiaries;

	private final JdbcTemplate jdbc;

	private final ScoreRows scores;

	DashboardFixtures(IdentityFixtures identity, EstablishmentFixtures establishments,
			BeneficiaryFixtures beneficiaries, JdbcTemplate jdbc, ScoreRows scores) {
		this.identity = identity;
		this.establishments = establishments;
		this.beneficiaries = beneficiaries;
		this.jdbc = jdbc;
		this.scores = scores;
	}

	/** The ids the tests need. */
	record World(long organisation, long rabat, long darTalib, long elderly, long expiring, long closed,
			long notYetOpen, long rabatProvince, long rabatAssessment2024) {
	}

	@Transactional
	World world() {
		long organisation = this.identity.organisation(ORGANISATION);
		long[] provinces = this.jdbc
			.queryForList("SELECT id FROM province WHERE region_code = 'MA-04' ORDER BY id LIMIT 2", Long.class)
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
		// MA-04, capacity 10, valid authorisation without expiry, in the first province
		long rabat = establishment("DB Foyer de Rabat", organisation, Category.CHILDREN, "MA-04", provinces[0], 10,
				AuthorisationStatus.VALID, null, null, EstablishmentStatus.ACTIVE);
		// MA-03, capacity 4, authorisation marked expired
		long darTalib = establishment("DB Dar Talib de Fès", organisation, Category.STUDENTS, "MA-03", null, 4,
				AuthorisationStatus.EXPIRED, null, null, EstablishmentStatus.ACTIVE);
		// MA-03, capacity unknown, no authorisation
		long elderly = establishment("DB Maison des aînés de Fès", organisation, Category.ELDERLY, "MA-03", null, null,
				AuthorisationStatus.NONE, null, null, EstablishmentStatus.ACTIVE);
		// MA-04, capacity 20, valid until mid-2024 (so expired at the end of 2024)
		long expiring = establishment("DB Foyer de Salé", organisation, Category.CHILDREN, "MA-04", provinces[1], 20,
				AuthorisationStatus.VALID, LocalDate.of(2024, 6, 30), null, EstablishmentStatus.ACTIVE);
		// never counted: closed; opened only in 2025
		long closed = establishment("DB Foyer fermé", organisation, Category.CHILDREN, "MA-04", null, 30,
				AuthorisationStatus.VALID, null, null, EstablishmentStatus.CLOSED);
		long notYetOpen = establishment("DB Foyer ouvert en 2025", organisation, Category.CHILDREN, "MA-04", null, 30,
				AuthorisationStatus.VALID, null, LocalDate.of(2025, 6, 1), EstablishmentStatus.ACTIVE);
		Long existing = this.jdbc.queryForObject(
				"SELECT max(id) FROM assessment WHERE establishment_id = ? AND reference_date = '2024-02-28'",
				Long.class, rabat);
		long rabatAssessment2024 = (existing != null) ? existing : records(rabat, darTalib, elderly, closed);
		return new World(organisation, rabat, darTalib, elderly, expiring, closed, notYetOpen, provinces[0],
				rabatAssessment2024);
	}

	private long records(long rabat, long darTalib, long elderly, long closed) {
		// Rabat: four girls and three boys of 9 active at the end of 2024 (one discharged
		// on 31 December itself, so still counted); one left in November, one came in
		// 2025
		for (int i = 0; i < 7; i++) {
			child(rabat, "Rabat " + i, (i < 4) ? Sex.F : Sex.M, LocalDate.of(2024, 1, 10),
					(i == 6) ? LocalDate.of(2024, 12, 31) : null);
		}
		child(rabat, "Rabat parti", Sex.F, LocalDate.of(2024, 1, 10), LocalDate.of(2024, 11, 30));
		child(rabat, "Rabat 2025", Sex.M, LocalDate.of(2025, 1, 5), null);
		// Dar Talib: five boys of 14, one more than its capacity
		for (int i = 0; i < 5; i++) {
			person(darTalib, "Fès élève " + i, Sex.M, LocalDate.of(2010, 9, 1), null, LocalDate.of(2024, 9, 15));
		}
		// the elderly: two women of 74, one with a physical disability
		person(elderly, "Aînée 1", Sex.F, LocalDate.of(1950, 3, 3), DisabilityType.PHYSICAL, LocalDate.of(2023, 5, 1));
		person(elderly, "Aînée 2", Sex.F, LocalDate.of(1950, 4, 4), null, LocalDate.of(2023, 5, 1));
		// the closed establishment's beneficiary never counts
		person(closed, "Fermé", Sex.F, LocalDate.of(2012, 1, 1), null, LocalDate.of(2023, 1, 1));

		long rabat2023 = validated(rabat, "CHILDREN", LocalDate.of(2023, 4, 30), LocalDate.of(2023, 5, 10), "50.0000",
				"C", "C");
		long rabat2024 = validated(rabat, "CHILDREN", LocalDate.of(2024, 2, 28), LocalDate.of(2024, 3, 15), "72.5000",
				"B", "B");
		validated(rabat, "CHILDREN", LocalDate.of(2025, 1, 20), LocalDate.of(2025, 2, 1), "95.0000", "A", "A");
		// band C, rating capped at D: the distribution counts ratings
		validated(darTalib, "STUDENTS", LocalDate.of(2023, 10, 31), LocalDate.of(2023, 11, 20), "40.0000", "C", "D");
		validated(elderly, "ELDERLY", LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 1), "90.1000", "A", "A");
		validated(closed, "CHILDREN", LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 1), "10.0000", "D", "D");
		domainScore(rabat2024, "D1", "80.0000", "B");
		domainScore(rabat2024, "D2", null, null);

		// corrective actions of Rabat's 2023 plan, seen at the end of 2024: open and due
		// (overdue), done on time, done only in 2025 (overdue at the end of 2024),
		// dropped,
		// due in 2025
		this.scores.action(rabat2023, rabat, "D1.C1.I1", LocalDate.of(2024, 6, 30), "OPEN", null);
		this.scores.action(rabat2023, rabat, "D1.C1.I2", LocalDate.of(2024, 6, 30), "DONE", LocalDate.of(2024, 6, 20));
		this.scores.action(rabat2023, rabat, "D1.C1.I3", LocalDate.of(2024, 6, 30), "DONE", LocalDate.of(2025, 1, 10));
		this.scores.action(rabat2023, rabat, "D1.C2.I1", LocalDate.of(2024, 6, 30), "DROPPED", null);
		this.scores.action(rabat2023, rabat, "D1.C2.I2", LocalDate.of(2025, 3, 31), "OPEN", null);
		return rabat2024;
	}

	private long establishment(String name, long organisation, Category category, String region, Long province,
			Integer capacity, AuthorisationStatus authorisation, LocalDate expiry, LocalDate opening,
			EstablishmentStatus status) {
		return this.establishments.establishment(name, organisation, (form) -> {
			form.setCategory(category);
			form.setRegionCode(region);
			form.setProvinceId(province);
			form.setAuthorisedCapacity(capacity);
			form.setAuthorisationStatus(authorisation);
			form.setAuthorisationExpiry(expiry);
			form.setOpeningDate(opening);
			form.setStatus(status);
		}).id();
	}

	private void child(long establishment, String name, Sex sex, LocalDate admission, LocalDate discharge) {
		var builder = this.beneficiaries.beneficiary(establishment, name)
			.sex(sex)
			.born(LocalDate.of(2015, 6, 1))
			.admitted(admission, ReferralSource.FAMILY, LegalBasis.PLACEMENT_DECISION);
		if (discharge != null) {
			builder.discharged(discharge, DischargeReason.FAMILY_REINTEGRATION);
		}
		builder.create();
	}

	private void person(long establishment, String name, Sex sex, LocalDate born, DisabilityType disability,
			LocalDate admission) {
		var builder = this.beneficiaries.beneficiary(establishment, name)
			.sex(sex)
			.born(born)
			.admitted(admission, ReferralSource.FAMILY, LegalBasis.PERSONAL_REQUEST);
		if (disability != null) {
			builder.disability(disability, true, false);
		}
		builder.create();
	}

	/** A validated assessment with its score, validated at 10:00 in Casablanca. */
	long validated(long establishment, String category, LocalDate referenceDate, LocalDate validatedOn, String score,
			String band, String rating) {
		return this.scores.validated(establishment, category, referenceDate, validatedOn, score, band, rating);
	}

	private void domainScore(long assessment, String domain, String score, String band) {
		this.scores.domainScore(assessment, domain, score, band);
	}

}
