package org.socle.care;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.beneficiary.BeneficiaryCategory;
import org.socle.beneficiary.BeneficiaryFixtures;
import org.socle.beneficiary.BenefitStatus;
import org.socle.beneficiary.ConsentGivenBy;
import org.socle.beneficiary.DisabilityType;
import org.socle.beneficiary.DischargeReason;
import org.socle.beneficiary.HealthInsurance;
import org.socle.beneficiary.LegalBasis;
import org.socle.beneficiary.ReferralSource;
import org.socle.beneficiary.RsuStatus;
import org.socle.beneficiary.Schooling;
import org.socle.establishment.Category;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;
import org.socle.shared.NotFoundException;
import org.socle.standard.MetricKey;
import org.socle.standard.MetricUnit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every metric against values computed by hand on a small fixture (see the comments on
 * each beneficiary), with the boundaries of every window and age band.
 */
@SocleTest
class EstablishmentMetricsTests {

	static final LocalDate D = LocalDate.of(2025, 6, 30);

	/** Ids of the fixture, created once per test database. */
	static Fixture fixture;

	record Fixture(long establishmentId, long emptyId, long noStaffId, long noCapacityId, long b1, long b2, long b3,
			long b4, long b5, long b6, long b7, long b8, long b9, long elsewhere) {
	}

	@Autowired
	EstablishmentMetrics metrics;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	BeneficiaryFixtures beneficiaries;

	@Autowired
	CareFixtures care;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void setUp() {
		login(this.identity.managerA());
		if (fixture == null) {
			fixture = createFixture();
		}
	}

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	static void login(SocleUser user) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private Fixture createFixture() {
		long org = this.identity.organisation("Test Org A");
		long e = this.establishments.establishment("Metrics home", org, Category.MULTI, "MA-04", 10).id();
		long other = this.establishments.establishment("Metrics other home", org).id();
		long empty = this.establishments.establishment("Metrics empty home", org).id();
		long noStaff = this.establishments.establishment("Metrics unstaffed home", org).id();
		long noCapacity = this.establishments
			.establishment("Metrics home without capacity", org, Category.MULTI, "MA-04", null)
			.id();

		// staff: two care-qualified in post at D, one not qualified, one qualified who
		// left
		this.establishments.staff(e, "Educatrice", true, LocalDate.of(2020, 1, 1), null);
		this.establishments.staff(e, "Infirmier", true, LocalDate.of(2025, 6, 30), null);
		this.establishments.staff(e, "Agent", false, LocalDate.of(2020, 1, 1), null);
		this.establishments.staff(e, "Parti", true, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 6, 29));

		// B1, 10 years old, every field filled; reviewed and supported recently
		long b1 = this.beneficiaries.beneficiary(e, "Un")
			.born(LocalDate.of(2015, 3, 1))
			.category(BeneficiaryCategory.CHILD)
			.arabicNames("واحد", "طفل")
			.birthCertificate("123/2015")
			.consent(LocalDate.of(2024, 1, 10), ConsentGivenBy.GUARDIAN)
			.protection(HealthInsurance.AMO, RsuStatus.REGISTERED, BenefitStatus.RECEIVING, BenefitStatus.NOT_RECEIVING,
					Schooling.ENROLLED)
			.admitted(LocalDate.of(2024, 1, 10), ReferralSource.COURT, LegalBasis.COURT_ORDER)
			.create();
		this.care.review(b1, e, LocalDate.of(2025, 3, 1));
		this.care.service(b1, e, "PSYCHOSOCIAL", LocalDate.of(2025, 5, 1));

		// B2, 14 at D (15 the day after), admitted 46 days before D, health check on day
		// 36
		long b2 = this.beneficiaries.beneficiary(e, "Deux")
			.born(LocalDate.of(2010, 7, 1))
			.category(BeneficiaryCategory.CHILD)
			.protection(HealthInsurance.NONE, RsuStatus.UNKNOWN, BenefitStatus.UNKNOWN, BenefitStatus.UNKNOWN,
					Schooling.NOT_ENROLLED)
			.admitted(LocalDate.of(2025, 5, 15), null, LegalBasis.PLACEMENT_DECISION)
			.create();
		this.care.service(b2, e, "HEALTH_CHECK", LocalDate.of(2025, 6, 20));
		this.care.review(b2, e, LocalDate.of(2024, 12, 28)); // D - 184: too old
		this.care.service(b2, e, "PSYCHOSOCIAL", LocalDate.of(2025, 3, 31)); // D - 91

		// B3, 18 on D exactly; health check on day 30; reviewed on D - 183; socio-educ.
		// on D - 90
		long b3 = this.beneficiaries.beneficiary(e, "Trois")
			.born(LocalDate.of(2007, 6, 30))
			.category(BeneficiaryCategory.STUDENT)
			.arabicNames("ثلاثة", "طالب")
			.cin("AB12345")
			.consent(LocalDate.of(2025, 1, 1), ConsentGivenBy.SELF)
			.protection(HealthInsurance.OTHER, RsuStatus.NOT_REGISTERED, BenefitStatus.NOT_RECEIVING,
					BenefitStatus.NOT_RECEIVING, Schooling.NOT_APPLICABLE)
			.admitted(LocalDate.of(2025, 1, 1), ReferralSource.SELF, LegalBasis.PERSONAL_REQUEST)
			.create();
		this.care.service(b3, e, "HEALTH_CHECK", LocalDate.of(2025, 1, 31));
		this.care.review(b3, e, LocalDate.of(2024, 12, 29));
		this.care.service(b3, e, "SOCIO_EDUCATIONAL", LocalDate.of(2025, 4, 1));

		// B4, born about 1960 (65 at D), pension, disability with support; no legal basis
		long b4 = this.beneficiaries.beneficiary(e, "Quatre")
			.bornAbout(1960)
			.category(BeneficiaryCategory.OLDER_PERSON)
			.cin("K998877")
			.disability(DisabilityType.PHYSICAL, false, true)
			.consent(LocalDate.of(2023, 5, 1), ConsentGivenBy.SELF)
			.protection(HealthInsurance.AMO, RsuStatus.REGISTERED, BenefitStatus.NOT_RECEIVING, BenefitStatus.RECEIVING,
					Schooling.NOT_APPLICABLE)
			.admitted(LocalDate.of(2023, 5, 1), ReferralSource.FAMILY, null)
			.create();
		this.care.service(b4, e, "LEISURE", LocalDate.of(2025, 6, 1));

		// B5, 59 at D (60 the day after), disability without support, discharged ON D
		// (still
		// active) to her family
		long b5 = this.beneficiaries.beneficiary(e, "Cinq")
			.born(LocalDate.of(1965, 7, 1))
			.category(BeneficiaryCategory.PERSON_WITH_DISABILITY)
			.arabicNames("خمسة", "سيدة")
			.disability(DisabilityType.VISUAL, false, false)
			.protection(HealthInsurance.UNKNOWN, RsuStatus.UNKNOWN, BenefitStatus.UNKNOWN, BenefitStatus.NOT_RECEIVING,
					null)
			.admitted(LocalDate.of(2022, 1, 1), ReferralSource.OTHER, LegalBasis.OTHER)
			.discharged(D, DischargeReason.FAMILY_REINTEGRATION)
			.create();
		this.care.service(b5, other, "PSYCHOSOCIAL", LocalDate.of(2025, 6, 1)); // elsewhere

		// B6, admitted in the window, transferred out the day before D: not active
		long b6 = this.beneficiaries.beneficiary(e, "Six")
			.admitted(LocalDate.of(2024, 9, 1), ReferralSource.FAMILY, LegalBasis.FAMILY_REQUEST)
			.discharged(LocalDate.of(2025, 6, 29), DischargeReason.TRANSFER)
			.create();
		this.beneficiaries.stay(b6, other, LocalDate.of(2025, 6, 29), null, null);

		// B7, admitted the day after D: nothing
		long b7 = this.beneficiaries.beneficiary(e, "Sept").admitted(LocalDate.of(2025, 7, 1), null, null).create();

		// B8, discharged exactly one year before D (outside the window); B9 the day after
		long b8 = this.beneficiaries.beneficiary(e, "Huit")
			.admitted(LocalDate.of(2020, 1, 1), null, null)
			.discharged(LocalDate.of(2024, 6, 30), DischargeReason.EMPLOYMENT)
			.create();
		long b9 = this.beneficiaries.beneficiary(e, "Neuf")
			.admitted(LocalDate.of(2024, 3, 1), null, null)
			.discharged(LocalDate.of(2024, 7, 1), DischargeReason.AUTONOMY)
			.create();

		// someone in the other establishment, fully covered: never counted here
		long elsewhere = this.beneficiaries.beneficiary(other, "Ailleurs")
			.protection(HealthInsurance.AMO, RsuStatus.REGISTERED, BenefitStatus.RECEIVING, BenefitStatus.RECEIVING,
					Schooling.ENROLLED)
			.admitted(LocalDate.of(2025, 1, 1), null, null)
			.create();

		// one active beneficiary and no staff at all
		this.beneficiaries.beneficiary(noStaff, "Seul").admitted(LocalDate.of(2025, 1, 1), null, null).create();
		this.beneficiaries.beneficiary(noCapacity, "Sans").admitted(LocalDate.of(2025, 1, 1), null, null).create();
		return new Fixture(e, empty, noStaff, noCapacity, b1, b2, b3, b4, b5, b6, b7, b8, b9, elsewhere);
	}

	private Map<String, MetricResult> compute() {
		return this.metrics.compute(fixture.establishmentId(), D);
	}

	private static void assertMetric(MetricResult result, long numerator, long denominator, String value,
			List<Long> ids) {
		assertThat(result.numerator()).as(result.key() + " numerator").isEqualTo(numerator);
		assertThat(result.denominator()).as(result.key() + " denominator").isEqualTo(denominator);
		assertThat(result.value()).as(result.key() + " value").isEqualTo(new BigDecimal(value));
		assertThat(result.recordIds()).as(result.key() + " ids").isEqualTo(ids);
	}

	@Test
	void answersEveryMetricKeyOfTheStandardButTheActionPlan() {
		assertThat(compute().keySet())
			.containsExactlyElementsOf(Arrays.stream(MetricKey.values())
				.filter(key -> key != MetricKey.ACTION_PLAN_ON_TIME_RATE)
				.map(MetricKey::name)
				.toList())
			.hasSize(16);
	}

	@Test
	void theMetricsAskedForAreTheSameAsAmongAllAndTheOthersAreLeftOut() {
		Map<String, MetricResult> all = compute();
		for (MetricKey key : EstablishmentMetrics.COMPUTED) {
			assertThat(this.metrics.compute(fixture.establishmentId(), D, EnumSet.of(key))).as(key.name())
				.isEqualTo(Map.of(key.name(), all.get(key.name())));
		}
		assertThat(this.metrics.compute(fixture.establishmentId(), D,
				EnumSet.of(MetricKey.OCCUPANCY_RATE, MetricKey.CARE_PLAN_REVIEWED_RATE)))
			.containsOnlyKeys("OCCUPANCY_RATE", "CARE_PLAN_REVIEWED_RATE");
	}

	@Test
	void everyShareOfRecordsHasItsAggregateInTheStatement() {
		EstablishmentMetrics.COMPUTED.stream()
			.filter(key -> key != MetricKey.OCCUPANCY_RATE && key != MetricKey.STAFF_RATIO)
			.forEach(key -> assertThat(EstablishmentMetrics.SQL).as(key.name()).contains("'" + key.name() + "'"));
	}

	@Test
	void occupancyCountsActiveStaysIncludingADischargeOnTheReferenceDate() {
		Fixture f = fixture;
		MetricResult occupancy = compute().get("OCCUPANCY_RATE");
		assertMetric(occupancy, 5, 10, "50.00", List.of(f.b1(), f.b2(), f.b3(), f.b4(), f.b5()));
		assertThat(occupancy.unit()).isEqualTo(MetricUnit.PERCENT);
		assertThat(occupancy.recordType()).isEqualTo("BENEFICIARY");
	}

	@Test
	void completeFileNeedsIdentityAdmissionBasisAndConsent() {
		MetricResult result = compute().get("COMPLETE_FILE_RATE");
		assertMetric(result, 2, 5, "40.00", List.of(fixture.b1(), fixture.b3()));
		assertThat(result.gapIds()).containsExactly(fixture.b2(), fixture.b4(), fixture.b5());
	}

	@Test
	void healthCoverCountsAmoAndOtherInsurance() {
		assertMetric(compute().get("HEALTH_COVER_RATE"), 3, 5, "60.00",
				List.of(fixture.b1(), fixture.b3(), fixture.b4()));
	}

	@Test
	void healthCheckWithinThirtyDaysOfAdmissionsOfTheLastTwelveMonths() {
		// admitted in (D - 1 year, D]: B2 (check on day 36), B3 (day 30), B6 (none)
		MetricResult result = compute().get("HEALTH_CHECK_30D_RATE");
		assertMetric(result, 1, 3, "33.33", List.of(fixture.b3()));
		assertThat(result.gapIds()).containsExactly(fixture.b2(), fixture.b6());
	}

	@Test
	void schoolEnrolmentOfThoseAgedSixToFifteen() {
		assertMetric(compute().get("SCHOOL_ENROLMENT_RATE"), 1, 2, "50.00", List.of(fixture.b1()));
	}

	@Test
	void civilRegistrationAndFamilyAidOfThoseUnderEighteen() {
		Map<String, MetricResult> results = compute();
		// B3 turns 18 on D: no longer a child
		assertMetric(results.get("CIVIL_REGISTRATION_RATE"), 1, 2, "50.00", List.of(fixture.b1()));
		assertMetric(results.get("FAMILY_AID_RATE"), 1, 2, "50.00", List.of(fixture.b1()));
	}

	@Test
	void pensionOfThoseAgedSixtyOrMoreWithAnEstimatedBirthYear() {
		// B4 born about 1960 is 65; B5 turns 60 the day after D
		assertMetric(compute().get("PENSION_RATE"), 1, 1, "100.00", List.of(fixture.b4()));
	}

	@Test
	void disabilitySupportByCardOrSupport() {
		assertMetric(compute().get("DISABILITY_SUPPORT_RATE"), 1, 2, "50.00", List.of(fixture.b4()));
	}

	@Test
	void positiveDischargesOfTheLastTwelveMonths() {
		// (D - 1 year, D]: B5 on D (family), B6 (transfer), B9 one year minus a day
		// before
		// (autonomy); B8 exactly one year before is out
		MetricResult result = compute().get("POSITIVE_DISCHARGE_RATE");
		assertMetric(result, 2, 3, "66.67", List.of(fixture.b5(), fixture.b9()));
		assertThat(result.gapIds()).containsExactly(fixture.b6());
	}

	@Test
	void rsuRegistration() {
		assertMetric(compute().get("RSU_RATE"), 2, 5, "40.00", List.of(fixture.b1(), fixture.b4()));
	}

	@Test
	void carePlanReviewedWithin183Days() {
		assertMetric(compute().get("CARE_PLAN_REVIEWED_RATE"), 2, 5, "40.00", List.of(fixture.b1(), fixture.b3()));
	}

	@Test
	void psychosocialOrSocioEducationalSupportWithin90DaysByThisEstablishment() {
		assertMetric(compute().get("PSYCHOSOCIAL_SUPPORT_RATE"), 2, 5, "40.00", List.of(fixture.b1(), fixture.b3()));
	}

	@Test
	void staffRatioCountsCareQualifiedStaffInPost() {
		MetricResult ratio = compute().get("STAFF_RATIO");
		assertMetric(ratio, 5, 2, "2.50",
				List.of(fixture.b1(), fixture.b2(), fixture.b3(), fixture.b4(), fixture.b5()));
		assertThat(ratio.unit()).isEqualTo(MetricUnit.RATIO);
	}

	@Test
	void consentRecorded() {
		assertMetric(compute().get("CONSENT_RATE"), 3, 5, "60.00", List.of(fixture.b1(), fixture.b3(), fixture.b4()));
	}

	@Test
	void registerCompletenessCountsFilledRequiredFields() {
		// filled of 10: B1 10, B2 3, B3 10, B4 8, B5 4 = 35 of 50
		MetricResult result = compute().get("REGISTER_COMPLETENESS_RATE");
		assertMetric(result, 35, 50, "70.00", List.of(fixture.b1(), fixture.b3()));
		assertThat(result.gapIds()).containsExactly(fixture.b2(), fixture.b4(), fixture.b5());
	}

	@Test
	void emptyDenominatorsLeaveTheValueEmpty() {
		Map<String, MetricResult> results = this.metrics.compute(fixture.emptyId(), D);
		results.values().stream().filter(r -> !r.key().equals("OCCUPANCY_RATE")).forEach(result -> {
			assertThat(result.denominator()).as(result.key()).isZero();
			assertThat(result.value()).as(result.key()).isNull();
			assertThat(result.isEmpty()).isTrue();
			assertThat(result.recordIds()).isEmpty();
		});
		MetricResult occupancy = results.get("OCCUPANCY_RATE");
		assertMetric(occupancy, 0, 40, "0.00", List.of());
	}

	@Test
	void noCareStaffWithBeneficiariesIsTheWorstRatio() {
		MetricResult ratio = this.metrics.compute(fixture.noStaffId(), D).get("STAFF_RATIO");
		assertThat(ratio.denominator()).isZero();
		assertThat(ratio.value()).isEqualByComparingTo("1");
	}

	@Test
	void occupancyWithoutAuthorisedCapacityIsEmpty() {
		MetricResult occupancy = this.metrics.compute(fixture.noCapacityId(), D).get("OCCUPANCY_RATE");
		assertThat(occupancy.numerator()).isEqualTo(1);
		assertThat(occupancy.denominator()).isZero();
		assertThat(occupancy.value()).isNull();
	}

	@Test
	void aBoundedNumberOfStatementsWhateverTheRecords() {
		QueryCountHolder.clear();
		compute();
		assertThat(QueryCountHolder.getGrandTotal().getTotal()).isLessThanOrEqualTo(4);
		QueryCountHolder.clear();
	}

	@Test
	void everyEstablishmentAtOnceGetsExactlyItsOwnMetricsInThreeStatements() {
		for (SocleUser user : List.of(this.identity.auditor(), this.identity.managerA())) {
			login(user);
			Map<Long, Map<String, MetricResult>> batch = new LinkedHashMap<>();
			QueryCountHolder.clear();
			this.metrics.computeAll(D, (establishment, results) -> batch.put(establishment.id(), results));
			assertThat(QueryCountHolder.getGrandTotal().getTotal()).as(user.getUsername()).isLessThanOrEqualTo(3);
			QueryCountHolder.clear();
			assertThat(List.copyOf(batch.keySet())).as("every readable establishment, ascending")
				.isSorted()
				.containsAll(List.of(fixture.establishmentId(), fixture.emptyId(), fixture.noStaffId(),
						fixture.noCapacityId()))
				.hasSize(this.jdbc.queryForObject(
						"SELECT count(*) FROM establishment WHERE CAST(? AS bigint) IS NULL OR organisation_id = ?",
						Integer.class, user.organisationId(), user.organisationId()));
			batch.forEach((id, results) -> assertThat(results).as("establishment " + id)
				.containsExactlyEntriesOf(this.metrics.compute(id, D)));
		}
		login(this.identity.managerB());
		this.metrics.computeAll(D, (establishment, results) -> assertThat(establishment.id()).as("another organisation")
			.isNotEqualTo(fixture.establishmentId()));
	}

	@Test
	void auditorsReadEveryEstablishmentsMetrics() {
		login(this.identity.auditor());
		assertThat(compute().get("CONSENT_RATE").numerator()).isEqualTo(3);
	}

	@Test
	void managersOfAnotherOrganisationDoNotSeeTheEstablishment() {
		login(this.identity.managerB());
		assertThatThrownBy(this::compute).isInstanceOf(NotFoundException.class);
	}

}
