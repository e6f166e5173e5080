package org.socle.assessment.scoring;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.socle.assessment.scoring.TreeFixtures.answers;
import static org.socle.assessment.scoring.TreeFixtures.criterion;
import static org.socle.assessment.scoring.TreeFixtures.critical;
import static org.socle.assessment.scoring.TreeFixtures.domain;
import static org.socle.assessment.scoring.TreeFixtures.fraction;
import static org.socle.assessment.scoring.TreeFixtures.indicatorResult;
import static org.socle.assessment.scoring.TreeFixtures.level;
import static org.socle.assessment.scoring.TreeFixtures.lowerIsBetter;
import static org.socle.assessment.scoring.TreeFixtures.metric;
import static org.socle.assessment.scoring.TreeFixtures.metricValue;
import static org.socle.assessment.scoring.TreeFixtures.naAllowed;
import static org.socle.assessment.scoring.TreeFixtures.tree;
import static org.socle.assessment.scoring.TreeFixtures.yesNo;

class ImprovementSimulatorTests {

	// D1 = 100 × (3 + 3 + 4) / 12 = 250/3; D2 = 100 × (0 + 2) / 6 = 100/3;
	// D3 = (3 · 100/3 + 1 · 100 × (2 + 3) / 6) / 4 = 275/6.
	// Overall = (250/3 + 100/3 + 275/6) / 3 = 325/6 = 54.2: band C, and D2.C1.I1
	// (critical,
	// level 1) caps it at C anyway.
	private static final StandardTree TREE = tree(
			domain("D1", 1, criterion("D1.C1", 1, level("D1.C1.I1", 1), level("D1.C1.I2", 1), level("D1.C1.I3", 2))),
			domain("D2", 1, criterion("D2.C1", 1, critical("D2.C1.I1", 1), level("D2.C1.I2", 1))),
			domain("D3", 1, criterion("D3.C1", 3, level("D3.C1.I1", 1)),
					criterion("D3.C2", 1, level("D3.C2.I1", 1), level("D3.C2.I2", 1))));

	private static final Map<String, Answer> ANSWERS = answers("D1.C1.I1", Answer.level(4), "D1.C1.I2", Answer.level(4),
			"D1.C1.I3", Answer.level(3), "D2.C1.I1", Answer.level(1), "D2.C1.I2", Answer.level(3), "D3.C1.I1",
			Answer.level(2), "D3.C2.I1", Answer.level(3), "D3.C2.I2", Answer.level(4));

	@Test
	void theFixtureScoresAsComputedByHand() {
		ScoreReport report = ScoringEngine.score(TREE, ANSWERS);

		assertThat(report.score()).contains(Percent.of(fraction(325, 6)));
		assertThat(report.rating().orElseThrow().rating()).isEqualTo(Rating.C);
	}

	@Test
	void topFiveImprovementsByGainThenRatingThenCode() {
		List<Improvement> top = ImprovementSimulator.topImprovements(TREE, ANSWERS, 5);

		assertThat(top).containsExactly(
				// D3.C1 goes 100/3 → 200/3, D3 by 3/4 of that = 25, overall by 25/3. 62.5
				// is band
				// B, but the critical indicator still caps it at C.
				improvement("D3.C1.I1", 2, fraction(125, 2), fraction(25, 3), Rating.C),
				// These three each lift their domain by 50/3, the overall by 50/9, to
				// 1075/18 =
				// 59.7, band B. Only raising the critical indicator lifts the cap.
				improvement("D2.C1.I1", 1, fraction(1075, 18), fraction(50, 9), Rating.B),
				improvement("D1.C1.I3", 3, fraction(1075, 18), fraction(50, 9), Rating.C),
				improvement("D2.C1.I2", 3, fraction(1075, 18), fraction(50, 9), Rating.C),
				// D3.C2 goes 250/3 → 100, D3 by 1/4 of 50/3, the overall by 25/18.
				improvement("D3.C2.I1", 3, fraction(500, 9), fraction(25, 18), Rating.C));
		assertThat(top.get(1).gain().display()).isEqualByComparingTo("5.6");
		assertThat(top.get(1).newScore().display()).isEqualByComparingTo("59.7");
	}

	@Test
	void topImprovementsStopsAtNAndAtTheIndicatorsThatCanRise() {
		assertThat(ImprovementSimulator.topImprovements(TREE, ANSWERS, 2)).extracting(Improvement::code)
			.containsExactly("D3.C1.I1", "D2.C1.I1");
		assertThat(ImprovementSimulator.topImprovements(TREE, ANSWERS, 10)).hasSize(5);
		assertThat(ImprovementSimulator.topImprovements(TREE, ANSWERS, 0)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> ImprovementSimulator.topImprovements(TREE, ANSWERS, -1));
	}

	@Test
	void unansweredAndNotApplicableIndicatorsAreNotCandidates() {
		StandardTree tree = tree(domain("D1", 1,
				criterion("D1.C1", 1, level("D1.C1.I1", 1), naAllowed("D1.C1.I2", 1), level("D1.C1.I3", 1))));

		List<Improvement> top = ImprovementSimulator.topImprovements(tree,
				answers("D1.C1.I1", Answer.level(1), "D1.C1.I2", Answer.notApplicable()), 5);

		assertThat(top).containsExactly(improvement("D1.C1.I1", 1, fraction(100, 3), fraction(100, 3), Rating.C));
		assertThat(ImprovementSimulator.topImprovements(tree, Map.of(), 5)).isEmpty();
	}

	@Test
	void raisingSeveralIndicatorsAddsTheirEffects() {
		ScoreReport raised = ImprovementSimulator.raise(TREE, ANSWERS, Set.of("D2.C1.I1", "D3.C1.I1"));

		// 325/6 + 50/9 + 25/3 = 1225/18 = 68.1, band B, no cap left.
		assertThat(raised.score()).contains(Percent.of(fraction(1225, 18)));
		assertThat(raised.rating().orElseThrow().rating()).isEqualTo(Rating.B);
		assertThat(raised.rating().orElseThrow().caps()).isEmpty();
		assertThat(indicatorResult(raised, "D2.C1.I1").level()).contains(2);
	}

	@Test
	void aRaiseActsOnTheLevelWhateverTheAnswerTypeAndStopsAt4() {
		StandardTree tree = tree(
				domain("D1", 1, criterion("D1.C1", 1, metric("D1.C1.I1", 1, lowerIsBetter("110", "100", "90")),
						yesNo("D1.C1.I2", 1, 3), level("D1.C1.I3", 1))));
		Map<String, Answer> answers = answers("D1.C1.I1", metricValue("105"), "D1.C1.I2", Answer.no(), "D1.C1.I3",
				Answer.level(4));

		ScoreReport raised = ImprovementSimulator.raise(tree, answers, Set.of("D1.C1.I1", "D1.C1.I2", "D1.C1.I3"));

		// Occupancy 105 % is level 2, raised to 3; no is level 1, raised to 2; 4 stays 4.
		assertThat(indicatorResult(raised, "D1.C1.I1").level()).contains(3);
		assertThat(indicatorResult(raised, "D1.C1.I1").answer()).contains(metricValue("105"));
		assertThat(indicatorResult(raised, "D1.C1.I2").level()).contains(2);
		assertThat(indicatorResult(raised, "D1.C1.I3").level()).contains(4);
		// 100 × (2 + 1 + 3) / 9
		assertThat(raised.score()).contains(Percent.of(fraction(200, 3)));
	}

	@Test
	void onlyAnsweredIndicatorsCanBeRaised() {
		StandardTree tree = tree(domain("D1", 1,
				criterion("D1.C1", 1, level("D1.C1.I1", 1), naAllowed("D1.C1.I2", 1), level("D1.C1.I3", 1))));
		Map<String, Answer> answers = answers("D1.C1.I1", Answer.level(2), "D1.C1.I2", Answer.notApplicable());

		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImprovementSimulator.raise(tree, answers, Set.of("D1.C1.I2")))
			.withMessageContaining("D1.C1.I2");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImprovementSimulator.raise(tree, answers, Set.of("D1.C1.I3")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImprovementSimulator.raise(tree, answers, Set.of("D9.C9.I9")));
	}

	private static Improvement improvement(String code, int fromLevel, BigFraction newScore, BigFraction gain,
			Rating newRating) {
		return new Improvement(code, fromLevel, fromLevel + 1, Percent.of(newScore), Percent.of(gain), newRating);
	}

}
