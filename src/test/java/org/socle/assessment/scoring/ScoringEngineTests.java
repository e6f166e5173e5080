package org.socle.assessment.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socle.assessment.scoring.IndicatorResult.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.socle.assessment.scoring.TreeFixtures.answers;
import static org.socle.assessment.scoring.TreeFixtures.criterion;
import static org.socle.assessment.scoring.TreeFixtures.criterionResult;
import static org.socle.assessment.scoring.TreeFixtures.domain;
import static org.socle.assessment.scoring.TreeFixtures.domainResult;
import static org.socle.assessment.scoring.TreeFixtures.fraction;
import static org.socle.assessment.scoring.TreeFixtures.indicatorResult;
import static org.socle.assessment.scoring.TreeFixtures.level;
import static org.socle.assessment.scoring.TreeFixtures.lowerIsBetter;
import static org.socle.assessment.scoring.TreeFixtures.metric;
import static org.socle.assessment.scoring.TreeFixtures.metricValue;
import static org.socle.assessment.scoring.TreeFixtures.naAllowed;
import static org.socle.assessment.scoring.TreeFixtures.tree;
import static org.socle.assessment.scoring.TreeFixtures.yesNo;

class ScoringEngineTests {

	// SCORING.md's worked example. C1: (2, 4), (1, 2), (1, N/A). C2 scores exactly 50
	// with
	// (1, 2), (1, 3): 100 × (1 + 2) / (3 + 3).
	private static final StandardTree WORKED_EXAMPLE = tree(
			domain("D1", 1, criterion("D1.C1", 1, level("D1.C1.I1", 2), level("D1.C1.I2", 1), naAllowed("D1.C1.I3", 1)),
					criterion("D1.C2", 3, level("D1.C2.I1", 1), level("D1.C2.I2", 1))));

	private static final Map<String, Answer> WORKED_EXAMPLE_ANSWERS = answers("D1.C1.I1", Answer.level(4), "D1.C1.I2",
			Answer.level(2), "D1.C1.I3", Answer.notApplicable(), "D1.C2.I1", Answer.level(2), "D1.C2.I2",
			Answer.level(3));

	@Test
	void workedExampleCriterionScoresSevenHundredNinths() {
		ScoreReport report = ScoringEngine.score(WORKED_EXAMPLE, WORKED_EXAMPLE_ANSWERS);

		CriterionResult c1 = criterionResult(report, "D1.C1");
		// 100 × (2·3 + 1·1) / (2·3 + 1·3) = 700/9
		assertThat(c1.score()).contains(Percent.of(fraction(700, 9)));
		assertThat(c1.score().orElseThrow().display()).isEqualByComparingTo("77.8");
		assertThat(c1.counts()).isEqualTo(new Counts(2, 1, 0));
		assertThat(criterionResult(report, "D1.C2").score()).contains(Percent.of(fraction(50, 1)));
	}

	@Test
	void workedExampleDomainIsShownAs56Point9AndRatedC() {
		ScoreReport report = ScoringEngine.score(WORKED_EXAMPLE, WORKED_EXAMPLE_ANSWERS);

		DomainResult d1 = domainResult(report, "D1");
		// (1 · 700/9 + 3 · 50) / 4 = 1025/18 = 56.94…
		assertThat(d1.score()).contains(Percent.of(fraction(1025, 18)));
		assertThat(d1.score().orElseThrow().display()).isEqualByComparingTo("56.9");
		assertThat(d1.rating().orElseThrow()).isEqualTo(new RatingResult(57, Rating.C, List.of(), Rating.C));
		assertThat(report.score()).isEqualTo(d1.score());
		assertThat(report.rating().orElseThrow().rating()).isEqualTo(Rating.C);
	}

	@Test
	void workedExampleContributionsAddUpAtEveryLevel() {
		ScoreReport report = ScoringEngine.score(WORKED_EXAMPLE, WORKED_EXAMPLE_ANSWERS);

		// Indicators within C1: 100 × 2·3 / 9 and 100 × 1·1 / 9; the N/A one contributes
		// nothing.
		assertThat(indicatorResult(report, "D1.C1.I1").contribution()).contains(Percent.of(fraction(200, 3)));
		assertThat(indicatorResult(report, "D1.C1.I2").contribution()).contains(Percent.of(fraction(100, 9)));
		assertThat(indicatorResult(report, "D1.C1.I3").contribution()).isEmpty();
		// Criteria within D1: 1/4 × 700/9 and 3/4 × 50, which add up to 1025/18.
		assertThat(criterionResult(report, "D1.C1").contribution()).contains(Percent.of(fraction(175, 9)));
		assertThat(criterionResult(report, "D1.C2").contribution()).contains(Percent.of(fraction(75, 2)));
		assertThat(domainResult(report, "D1").contribution()).contains(Percent.of(fraction(1025, 18)));
	}

	@Test
	void workedExampleExplainsEachIndicator() {
		ScoreReport report = ScoringEngine.score(WORKED_EXAMPLE, WORKED_EXAMPLE_ANSWERS);

		IndicatorResult answered = indicatorResult(report, "D1.C1.I1");
		assertThat(answered.status()).isEqualTo(Status.ANSWERED);
		assertThat(answered.answer()).contains(Answer.level(4));
		assertThat(answered.level()).contains(4);
		assertThat(answered.weight()).isEqualTo(2);
		IndicatorResult notApplicable = indicatorResult(report, "D1.C1.I3");
		assertThat(notApplicable.status()).isEqualTo(Status.NOT_APPLICABLE);
		assertThat(notApplicable.level()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "1, 0, 1, 0.0, D", "2, 100, 3, 33.3, C", "3, 200, 3, 66.7, B", "4, 100, 1, 100.0, A" })
	void theSameLevelEverywhereGivesTheScoreOfThatLevel(int level, long numerator, long denominator, String display,
			Rating rating) {
		StandardTree tree = tree(
				domain("D1", 2, criterion("D1.C1", 1, level("D1.C1.I1", 3), level("D1.C1.I2", 1)),
						criterion("D1.C2", 2, level("D1.C2.I1", 5))),
				domain("D2", 1, criterion("D2.C1", 4, level("D2.C1.I1", 1), level("D2.C1.I2", 2))));
		Map<String, Answer> answers = answers("D1.C1.I1", Answer.level(level), "D1.C1.I2", Answer.level(level),
				"D1.C2.I1", Answer.level(level), "D2.C1.I1", Answer.level(level), "D2.C1.I2", Answer.level(level));

		ScoreReport report = ScoringEngine.score(tree, answers);

		assertThat(report.score()).contains(Percent.of(fraction(numerator, denominator)));
		assertThat(report.score().orElseThrow().display()).isEqualByComparingTo(display);
		assertThat(report.rating().orElseThrow().rating()).isEqualTo(rating);
		assertThat(domainResult(report, "D2").score()).isEqualTo(report.score());
	}

	@Test
	void notApplicableAndUnansweredIndicatorsAreLeftOutOfNumeratorAndDenominator() {
		StandardTree tree = tree(domain("D1", 1, criterion("D1.C1", 1, level("D1.C1.I1", 1), naAllowed("D1.C1.I2", 5),
				level("D1.C1.I3", 7), level("D1.C1.I4", 1))));

		ScoreReport report = ScoringEngine.score(tree,
				answers("D1.C1.I1", Answer.level(4), "D1.C1.I2", Answer.notApplicable(), "D1.C1.I4", Answer.level(2)));

		// Only (1, 4) and (1, 2) count: 100 × (3 + 1) / (3 + 3) = 200/3.
		assertThat(criterionResult(report, "D1.C1").score()).contains(Percent.of(fraction(200, 3)));
		assertThat(criterionResult(report, "D1.C1").counts()).isEqualTo(new Counts(2, 1, 1));
		assertThat(indicatorResult(report, "D1.C1.I3").status()).isEqualTo(Status.UNANSWERED);
		assertThat(indicatorResult(report, "D1.C1.I3").contribution()).isEmpty();
	}

	@Test
	void aCriterionWithNothingAnsweredIsLeftOutOfItsDomainsMean() {
		StandardTree tree = tree(domain("D1", 1, criterion("D1.C1", 1, level("D1.C1.I1", 1)),
				criterion("D1.C2", 3, naAllowed("D1.C2.I1", 1), level("D1.C2.I2", 1))));

		ScoreReport report = ScoringEngine.score(tree,
				answers("D1.C1.I1", Answer.level(3), "D1.C2.I1", Answer.notApplicable()));

		// Had C2 counted as 0 with weight 3, D1 would be 200/3 / 4; it is C1's score
		// alone.
		assertThat(criterionResult(report, "D1.C2").score()).isEmpty();
		assertThat(criterionResult(report, "D1.C2").contribution()).isEmpty();
		assertThat(domainResult(report, "D1").score()).contains(Percent.of(fraction(200, 3)));
	}

	@Test
	void aDomainWithNothingAnsweredIsLeftOutOfTheOverallMeanAndHasNoRating() {
		StandardTree tree = tree(domain("D1", 1, criterion("D1.C1", 1, level("D1.C1.I1", 1))),
				domain("D2", 5, criterion("D2.C1", 1, level("D2.C1.I1", 1))));

		ScoreReport report = ScoringEngine.score(tree, answers("D1.C1.I1", Answer.level(2)));

		assertThat(domainResult(report, "D2").score()).isEmpty();
		assertThat(domainResult(report, "D2").rating()).isEmpty();
		assertThat(report.score()).contains(Percent.of(fraction(100, 3)));
	}

	@Test
	void withNothingAnsweredThereIsNoScoreAndNoRating() {
		StandardTree tree = tree(
				domain("D1", 1, criterion("D1.C1", 1, level("D1.C1.I1", 1), naAllowed("D1.C1.I2", 1))));

		ScoreReport report = ScoringEngine.score(tree, answers("D1.C1.I2", Answer.notApplicable()));

		assertThat(report.score()).isEmpty();
		assertThat(report.rating()).isEmpty();
		assertThat(report.counts()).isEqualTo(new Counts(0, 1, 1));
	}

	@Test
	void yesGivesTheIndicatorsYesLevelAndNoGivesLevel1() {
		StandardTree tree = tree(domain("D1", 1, criterion("D1.C1", 1, yesNo("D1.C1.I1", 1, 3)),
				criterion("D1.C2", 1, yesNo("D1.C2.I1", 1, 4)), criterion("D1.C3", 1, yesNo("D1.C3.I1", 1, 4))));

		ScoreReport report = ScoringEngine.score(tree,
				answers("D1.C1.I1", Answer.yes(), "D1.C2.I1", Answer.yes(), "D1.C3.I1", Answer.no()));

		assertThat(indicatorResult(report, "D1.C1.I1").level()).contains(3);
		assertThat(indicatorResult(report, "D1.C2.I1").level()).contains(4);
		assertThat(indicatorResult(report, "D1.C3.I1").level()).contains(1);
		// (200/3 + 100 + 0) / 3
		assertThat(report.score()).contains(Percent.of(fraction(500, 9)));
	}

	@Test
	void metricValuesAreScoredThroughTheirThresholdsAndKeptInTheReport() {
		StandardTree tree = tree(
				domain("D2", 1, criterion("D2.C1", 1, metric("D2.C1.I1", 2, lowerIsBetter("110", "100", "90"))),
						criterion("D2.C2", 1, metric("D2.C2.I1", 1, TreeFixtures.higherIsBetter("50", "80", "95")))));

		ScoreReport report = ScoringEngine.score(tree,
				answers("D2.C1.I1", metricValue("104.5"), "D2.C2.I1", metricValue("95")));

		IndicatorResult occupancy = indicatorResult(report, "D2.C1.I1");
		assertThat(occupancy.level()).contains(2);
		assertThat(occupancy.answer()).contains(Answer.metric(new BigDecimal("104.5")));
		assertThat(occupancy.indicator().thresholds()).contains(lowerIsBetter("110", "100", "90"));
		assertThat(indicatorResult(report, "D2.C2.I1").level()).contains(4);
		// (100/3 + 100) / 2
		assertThat(report.score()).contains(Percent.of(fraction(200, 3)));
	}

	@Test
	void answersToCodesOutsideTheTreeAreIgnored() {
		StandardTree tree = tree(domain("D1", 1, criterion("D1.C1", 1, level("D1.C1.I1", 1))));

		ScoreReport report = ScoringEngine.score(tree,
				answers("D1.C1.I1", Answer.level(3), "D3.C3.I1", Answer.level(1)));

		assertThat(report.score()).contains(Percent.of(fraction(200, 3)));
		assertThat(report.counts()).isEqualTo(new Counts(1, 0, 0));
	}

	@Test
	void notApplicableIsRefusedWhereTheIndicatorDoesNotAllowIt() {
		StandardTree tree = tree(domain("D1", 1, criterion("D1.C1", 1, level("D1.C1.I1", 1))));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> ScoringEngine.score(tree, answers("D1.C1.I1", Answer.notApplicable())))
			.withMessageContaining("D1.C1.I1");
	}

	@Test
	void anAnswerOfTheWrongTypeIsRefused() {
		StandardTree tree = tree(domain("D1", 1, criterion("D1.C1", 1, level("D1.C1.I1", 1), yesNo("D1.C1.I2", 1, 3))));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> ScoringEngine.score(tree, answers("D1.C1.I1", Answer.yes())))
			.withMessageContaining("D1.C1.I1");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ScoringEngine.score(tree, answers("D1.C1.I2", Answer.level(3))))
			.withMessageContaining("D1.C1.I2");
	}

	@Test
	void aStandardWithoutIndicatorsCannotBeScored() {
		StandardTree tree = tree(domain("D1", 1, criterion("D1.C1", 1)));

		assertThatIllegalArgumentException().isThrownBy(() -> ScoringEngine.score(tree, Map.of()));
	}

	@Test
	void theReportFindsIndicatorsByCode() {
		ScoreReport report = ScoringEngine.score(WORKED_EXAMPLE, WORKED_EXAMPLE_ANSWERS);

		assertThat(report.indicators().map(IndicatorResult::code)).containsExactly("D1.C1.I1", "D1.C1.I2", "D1.C1.I3",
				"D1.C2.I1", "D1.C2.I2");
		assertThat(report.indicator("D9.C9.I9")).isEqualTo(Optional.empty());
	}

}
