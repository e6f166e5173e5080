package org.socle.assessment.contradiction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.socle.assessment.scoring.Answer;
import org.socle.assessment.scoring.AnswerType;
import org.socle.assessment.scoring.StandardTree;
import org.socle.assessment.scoring.Thresholds;
import org.socle.care.MetricResult;
import org.socle.establishment.RecordFacts;
import org.socle.standard.MetricKey;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each contradiction rule on hand-made records: one case that fires (with the figures of
 * its message), one that does not. The thresholds are those of SOCLE-EPS 1.0.
 */
class ContradictionRuleTests {

	private static final LocalDate D = LocalDate.of(2025, 6, 30);

	/** An establishment whose records support every declaration of the cases below. */
	private static RecordFacts sound() {
		return new RecordFacts(D, "VALID", LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1), 40, true,
				List.of(1L, 2L), 3, 2, 2, 36, 2025, new BigDecimal("60000"), new BigDecimal("100000"));
	}

	@Test
	void theLiveCheckAsksOnlyForMetricsTheAssessmentPagesVersionsCover() {
		// KeptAssessmentPages keeps a form's live check under versions that follow stays,
		// capacity, care plans and their reviews (V107, V112, V113), not the other
		// metrics' records (services, consents, health cover...): a rule reading another
		// metric needs those watched first
		assertThat(List.of(ContradictionRule.values())).flatMap(ContradictionRule::metrics)
			.isSubsetOf(MetricKey.OCCUPANCY_RATE, MetricKey.CARE_PLAN_REVIEWED_RATE);
	}

	@Test
	void authorisation() {
		Declared yes = yesNo("D1.C1.I1", true);
		assertThat(check(ContradictionRule.AUTHORISATION, yes, sound())).isEmpty();
		assertThat(check(ContradictionRule.AUTHORISATION, yesNo("D1.C1.I1", false), expiredOn(D.minusDays(1))))
			.as("answered no: nothing to contradict")
			.isEmpty();
		assertThat(check(ContradictionRule.AUTHORISATION, yes, expiredOn(D)))
			.as("an authorisation ending on the reference date covers it")
			.isEmpty();
		Finding expired = check(ContradictionRule.AUTHORISATION, yes, expiredOn(D.minusDays(1))).orElseThrow();
		assertThat(expired.messageKey()).isEqualTo("contradiction.AUTHORISATION.expired.message");
		assertThat(expired.args()).containsExactly("2025-06-29", "2025-06-30");
		assertThat(check(ContradictionRule.AUTHORISATION, yes, with(sound(), "NONE", null, null)).orElseThrow()
			.messageKey()).isEqualTo("contradiction.AUTHORISATION.status.NONE.message");
		assertThat(
				check(ContradictionRule.AUTHORISATION, yes, with(sound(), "VALID", D.plusDays(1), null)).orElseThrow()
					.messageKey())
			.isEqualTo("contradiction.AUTHORISATION.notYet.message");
	}

	@Test
	void committeeMeetings() {
		Declared three = metric("D1.C2.I1", "3",
				new Thresholds(n(1), n(2), n(4), Thresholds.Direction.HIGHER_IS_BETTER));
		assertThat(check(ContradictionRule.COMMITTEE_MEETINGS, three, sound())).as("2 recorded: level 3 too").isEmpty();
		Finding found = check(ContradictionRule.COMMITTEE_MEETINGS, three, meetings(1)).orElseThrow();
		assertThat(found.indicatorCode()).isEqualTo("D1.C2.I1");
		assertThat(found.args()).containsExactly("3", "3", "1", "2");
	}

	@Test
	void director() {
		Declared yes = yesNo("D1.C2.I2", true);
		assertThat(check(ContradictionRule.DIRECTOR, yes, sound())).isEmpty();
		RecordFacts s = sound();
		RecordFacts none = new RecordFacts(D, s.authorisationStatus(), s.authorisationDate(), s.authorisationExpiry(),
				40, false, s.meetingIds(), 3, 2, 2, 36, 2025, s.stableResources(), s.totalResources());
		assertThat(check(ContradictionRule.DIRECTOR, yes, none)).isPresent();
		assertThat(check(ContradictionRule.DIRECTOR, yesNo("D1.C2.I2", false), none)).isEmpty();
	}

	@Test
	void accounts() {
		Declared three = level("D1.C3.I1", 3);
		assertThat(check(ContradictionRule.ACCOUNTS, three, sound())).isEmpty();
		assertThat(check(ContradictionRule.ACCOUNTS, level("D1.C3.I1", 2), resources(null, null, null))).isEmpty();
		assertThat(check(ContradictionRule.ACCOUNTS, three, resources(null, null, null)).orElseThrow().args())
			.containsExactly("3", "2024", "2025");
	}

	@Test
	void stableResources() {
		Thresholds t = new Thresholds(n(20), n(40), n(60), Thresholds.Direction.HIGHER_IS_BETTER);
		Declared sixty = metric("D1.C3.I2", "60", t);
		assertThat(check(ContradictionRule.STABLE_RESOURCES, sixty, sound())).as("60 000 of 100 000").isEmpty();
		Finding found = check(ContradictionRule.STABLE_RESOURCES, sixty,
				resources(2024, new BigDecimal("25000"), new BigDecimal("100000")))
			.orElseThrow();
		assertThat(found.args()).containsExactly("60", "4", "25", "2", "2024");
		assertThat(check(ContradictionRule.STABLE_RESOURCES, sixty, resources(null, null, null)))
			.as("nothing recorded: the accounts rule says it")
			.isEmpty();
	}

	@Test
	void occupancy() {
		Thresholds t = new Thresholds(n(110), n(100), n(90), Thresholds.Direction.LOWER_IS_BETTER);
		Declared ninety = metric("D2.C1.I1", "90", t);
		assertThat(check(ContradictionRule.OCCUPANCY, ninety, sound(), occupancy(36, 40))).isEmpty();
		assertThat(check(ContradictionRule.OCCUPANCY, ninety, sound(), occupancy(40, 40))).as("full, not over")
			.isEmpty();
		assertThat(check(ContradictionRule.OCCUPANCY, metric("D2.C1.I1", "115", t), sound(), occupancy(46, 40)))
			.as("declared over capacity")
			.isEmpty();
		assertThat(check(ContradictionRule.OCCUPANCY, ninety, sound(), occupancy(46, 40)).orElseThrow().args())
			.containsExactly("90", "46", "40", "115");
	}

	@Test
	void carePlans() {
		Thresholds t = new Thresholds(n(50), n(80), n(95), Thresholds.Direction.HIGHER_IS_BETTER);
		Declared ninety = metric("D5.C1.I1", "90", t);
		assertThat(check(ContradictionRule.CARE_PLANS, ninety, sound(), carePlans(33, 40))).as("82.5 %: level 3")
			.isEmpty();
		assertThat(check(ContradictionRule.CARE_PLANS, ninety, sound(), carePlans(12, 40)).orElseThrow().args())
			.containsExactly("90", "3", "30", "1", "12", "40");
	}

	@Test
	void foodSpending() {
		Thresholds t = new Thresholds(n(6), n(12), n(20), Thresholds.Direction.HIGHER_IS_BETTER);
		Declared twelve = metric("D5.C2.I1", "12", t);
		// 12 MAD x 20 beneficiaries x 365 days = 87 600 MAD
		assertThat(check(ContradictionRule.FOOD_SPENDING, twelve, sound(), occupancy(20, 40))).isEmpty();
		Finding found = check(ContradictionRule.FOOD_SPENDING, twelve,
				resources(2025, BigDecimal.ZERO, new BigDecimal("50000")), occupancy(20, 40))
			.orElseThrow();
		assertThat(found.args()).containsExactly("12", "20", "87600", "50000", "2025");
	}

	@Test
	void multidisciplinaryTeam() {
		Declared yes = yesNo("D5.C3.I2", true);
		assertThat(check(ContradictionRule.MULTIDISCIPLINARY_TEAM, yes, sound())).isEmpty();
		RecordFacts s = sound();
		RecordFacts one = new RecordFacts(D, s.authorisationStatus(), s.authorisationDate(), s.authorisationExpiry(),
				40, true, s.meetingIds(), 3, 2, 1, 36, 2025, s.stableResources(), s.totalResources());
		assertThat(check(ContradictionRule.MULTIDISCIPLINARY_TEAM, yes, one).orElseThrow().args()).containsExactly("2",
				"1");
	}

	@Test
	void trainingHours() {
		Thresholds t = new Thresholds(n(4), n(12), n(24), Thresholds.Direction.HIGHER_IS_BETTER);
		Declared twelve = metric("D5.C3.I3", "12", t);
		assertThat(check(ContradictionRule.TRAINING_HOURS, twelve, sound())).as("36 h for 3 people").isEmpty();
		RecordFacts s = sound();
		RecordFacts fewHours = new RecordFacts(D, s.authorisationStatus(), s.authorisationDate(),
				s.authorisationExpiry(), 40, true, s.meetingIds(), 3, 2, 2, 10, 2025, s.stableResources(),
				s.totalResources());
		assertThat(check(ContradictionRule.TRAINING_HOURS, twelve, fewHours).orElseThrow().args()).containsExactly("12",
				"3", "3.3", "1", "3");
	}

	@Test
	void everyRuleHasItsIndicatorAndRecords() {
		assertThat(ContradictionRule.values()).allSatisfy((rule) -> {
			assertThat(rule.indicatorCode()).matches("D\\d\\.C\\d\\.I\\d");
			assertThat(rule.sources()).isNotEmpty();
		});
		assertThat(Set.of(ContradictionRule.values()).stream().map(ContradictionRule::indicatorCode).distinct())
			.hasSize(ContradictionRule.values().length);
	}

	private static Optional<Finding> check(ContradictionRule rule, Declared declared, RecordFacts facts) {
		return check(rule, declared, facts, Map.of());
	}

	private static Optional<Finding> check(ContradictionRule rule, Declared declared, RecordFacts facts,
			Map<String, MetricResult> metrics) {
		return rule.check(declared, new Records(facts, metrics));
	}

	private static Declared yesNo(String code, boolean yes) {
		StandardTree.Indicator indicator = indicator(code, AnswerType.YES_NO, null);
		Answer answer = yes ? Answer.yes() : Answer.no();
		return new Declared(indicator, answer, indicator.levelOf(answer));
	}

	private static Declared level(String code, int level) {
		return new Declared(indicator(code, AnswerType.LEVEL, null), Answer.level(level), level);
	}

	private static Declared metric(String code, String value, Thresholds thresholds) {
		StandardTree.Indicator indicator = indicator(code, AnswerType.METRIC, thresholds);
		Answer answer = Answer.metric(new BigDecimal(value));
		return new Declared(indicator, answer, indicator.levelOf(answer));
	}

	private static StandardTree.Indicator indicator(String code, AnswerType type, Thresholds thresholds) {
		return new StandardTree.Indicator(code, 1, type, false, false, 3, Optional.ofNullable(thresholds), Set.of());
	}

	private static RecordFacts expiredOn(LocalDate expiry) {
		return with(sound(), "VALID", LocalDate.of(2020, 1, 1), expiry);
	}

	private static RecordFacts with(RecordFacts s, String status, LocalDate granted, LocalDate expiry) {
		return new RecordFacts(D, status, granted, expiry, 40, true, s.meetingIds(), 3, 2, 2, 36, s.resourcesYear(),
				s.stableResources(), s.totalResources());
	}

	private static RecordFacts meetings(int count) {
		RecordFacts s = sound();
		return new RecordFacts(D, s.authorisationStatus(), s.authorisationDate(), s.authorisationExpiry(), 40, true,
				s.meetingIds().subList(0, count), 3, 2, 2, 36, 2025, s.stableResources(), s.totalResources());
	}

	private static RecordFacts resources(Integer year, BigDecimal stable, BigDecimal total) {
		RecordFacts s = sound();
		return new RecordFacts(D, s.authorisationStatus(), s.authorisationDate(), s.authorisationExpiry(), 40, true,
				s.meetingIds(), 3, 2, 2, 36, year, stable, total);
	}

	private static Map<String, MetricResult> occupancy(long active, long capacity) {
		return Map.of(MetricKey.OCCUPANCY_RATE.name(), result(MetricKey.OCCUPANCY_RATE, active, capacity));
	}

	private static Map<String, MetricResult> carePlans(long reviewed, long active) {
		return Map.of(MetricKey.CARE_PLAN_REVIEWED_RATE.name(),
				result(MetricKey.CARE_PLAN_REVIEWED_RATE, reviewed, active));
	}

	private static MetricResult result(MetricKey key, long numerator, long denominator) {
		BigDecimal value = ContradictionRule.percent(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
		return new MetricResult(key, numerator, denominator, value, MetricResult.BENEFICIARY, List.of(), List.of());
	}

	private static BigDecimal n(int value) {
		return BigDecimal.valueOf(value);
	}

}
