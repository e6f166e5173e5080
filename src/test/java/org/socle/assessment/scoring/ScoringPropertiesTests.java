package org.socle.assessment.scoring;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.socle.assessment.scoring.RandomAssessments.Assessment;
import org.socle.assessment.scoring.StandardTree.Indicator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties over many random standards and answers (fixed seeds, so every run checks the
 * same cases).
 */
class ScoringPropertiesTests {

	private static final int RUNS = 500;

	@Test
	void raisingOneAnswerNeverLowersAnyScoreNorAnyRating() {
		RandomAssessments random = new RandomAssessments(20261123L);
		int raises = 0;
		for (int run = 0; run < RUNS; run++) {
			Assessment assessment = random.next();
			ScoreReport before = ScoringEngine.score(assessment.tree(), assessment.answers());
			for (Indicator indicator : assessment.tree().indicators().toList()) {
				Optional<Answer> raised = raisedAnswer(indicator, assessment.answers().get(indicator.code()));
				if (raised.isEmpty()) {
					continue;
				}
				Map<String, Answer> answers = new HashMap<>(assessment.answers());
				answers.put(indicator.code(), raised.get());
				ScoreReport after = ScoringEngine.score(assessment.tree(), answers);

				assertThat(after.indicator(indicator.code()).orElseThrow().level().orElseThrow())
					.isGreaterThan(before.indicator(indicator.code()).orElseThrow().level().orElseThrow());
				assertNothingLower(before, after, indicator.code());
				raises++;
			}
		}
		assertThat(raises).as("raises tried").isGreaterThan(RUNS);
	}

	@Test
	void theSimulatorsRaiseScoresLikeTheRaisedAnswer() {
		RandomAssessments random = new RandomAssessments(7L);
		for (int run = 0; run < RUNS; run++) {
			Assessment assessment = random.next();
			ScoreReport before = ScoringEngine.score(assessment.tree(), assessment.answers());
			for (Indicator indicator : assessment.tree().indicators().toList()) {
				Optional<Answer> raised = raisedAnswer(indicator, assessment.answers().get(indicator.code()));
				int fromLevel = before.indicator(indicator.code()).orElseThrow().level().orElse(0);
				if (raised.isEmpty() || indicator.levelOf(raised.get()) != fromLevel + 1) {
					continue;
				}
				Map<String, Answer> answers = new HashMap<>(assessment.answers());
				answers.put(indicator.code(), raised.get());

				assertThat(ImprovementSimulator.raise(assessment.tree(), assessment.answers(), Set.of(indicator.code()))
					.score()).isEqualTo(ScoringEngine.score(assessment.tree(), answers).score());
			}
		}
	}

	@Test
	void reorderingDomainsCriteriaOrIndicatorsChangesNothing() {
		RandomAssessments random = new RandomAssessments(42L);
		for (int run = 0; run < RUNS; run++) {
			Assessment assessment = random.next();
			ScoreReport original = ScoringEngine.score(assessment.tree(), assessment.answers());
			ScoreReport reordered = ScoringEngine.score(random.shuffled(assessment.tree()), assessment.answers());

			assertThat(reordered.score()).isEqualTo(original.score());
			assertThat(reordered.rating()).isEqualTo(original.rating());
			assertThat(reordered.coverage()).isEqualTo(original.coverage());
			assertThat(reordered.counts()).isEqualTo(original.counts());
			assertThat(reordered.submissionProblems()).isEqualTo(original.submissionProblems());
			assertThat(nodesByCode(reordered)).isEqualTo(nodesByCode(original));
		}
	}

	@Test
	void contributionsAddUpToTheirParentsScoreAndScoresStayWithin0And100() {
		RandomAssessments random = new RandomAssessments(1L);
		for (int run = 0; run < RUNS; run++) {
			Assessment assessment = random.next();
			ScoreReport report = ScoringEngine.score(assessment.tree(), assessment.answers());

			assertThat(sum(report.domains().stream().map(DomainResult::contribution))).isEqualTo(exact(report.score()));
			for (DomainResult domain : report.domains()) {
				assertThat(sum(domain.criteria().stream().map(CriterionResult::contribution)))
					.isEqualTo(exact(domain.score()));
				for (CriterionResult criterion : domain.criteria()) {
					assertThat(sum(criterion.indicators().stream().map(IndicatorResult::contribution)))
						.isEqualTo(exact(criterion.score()));
					criterion.score()
						.ifPresent(
								(score) -> assertThat(score.exact()).isBetween(BigFraction.ZERO, BigFraction.of(100)));
				}
			}
		}
	}

	@Test
	void theOverallScoreIsTheFormulaOfScoringMd() {
		RandomAssessments random = new RandomAssessments(99L);
		for (int run = 0; run < RUNS; run++) {
			Assessment assessment = random.next();

			assertThat(ScoringEngine.score(assessment.tree(), assessment.answers()).score().map(Percent::exact))
				.isEqualTo(byTheFormula(assessment));
		}
	}

	// Written straight from SCORING.md, without the engine's shared weighted mean.
	private static Optional<BigFraction> byTheFormula(Assessment assessment) {
		BigFraction overallSum = BigFraction.ZERO;
		int overallWeight = 0;
		for (StandardTree.Domain domain : assessment.tree().domains()) {
			BigFraction domainSum = BigFraction.ZERO;
			int domainWeight = 0;
			for (StandardTree.Criterion criterion : domain.criteria()) {
				long points = 0;
				long maximum = 0;
				for (Indicator indicator : criterion.indicators()) {
					Answer answer = assessment.answers().get(indicator.code());
					if (answer != null && !(answer instanceof Answer.NotApplicable)) {
						points += (long) indicator.weight() * (indicator.levelOf(answer) - 1);
						maximum += 3L * indicator.weight();
					}
				}
				if (maximum > 0) {
					domainSum = domainSum.add(BigFraction.of(100 * points, maximum).multiply(criterion.weight()));
					domainWeight += criterion.weight();
				}
			}
			if (domainWeight > 0) {
				overallSum = overallSum.add(domainSum.divide(domainWeight).multiply(domain.weight()));
				overallWeight += domain.weight();
			}
		}
		return (overallWeight > 0) ? Optional.of(overallSum.divide(overallWeight)) : Optional.empty();
	}

	/**
	 * An answer one level higher where the answer can express it: a level + 1, a no
	 * turned yes, a metric value moved onto the next threshold.
	 */
	private static Optional<Answer> raisedAnswer(Indicator indicator, Answer answer) {
		if (answer instanceof Answer.Level level && level.level() < 4) {
			return Optional.of(Answer.level(level.level() + 1));
		}
		if (answer instanceof Answer.YesNo yesNo && !yesNo.yes()) {
			return Optional.of(Answer.yes());
		}
		if (answer instanceof Answer.Metric metric) {
			Thresholds thresholds = indicator.thresholds().orElseThrow();
			return switch (thresholds.levelOf(metric.value())) {
				case 1 -> Optional.of(Answer.metric(thresholds.t2()));
				case 2 -> Optional.of(Answer.metric(thresholds.t3()));
				case 3 -> Optional.of(Answer.metric(thresholds.t4()));
				default -> Optional.empty();
			};
		}
		return Optional.empty();
	}

	private static void assertNothingLower(ScoreReport before, ScoreReport after, String raisedCode) {
		assertNotLower(before.score(), after.score(), raisedCode);
		assertNotWorse(before.rating(), after.rating(), raisedCode);
		for (DomainResult domain : before.domains()) {
			DomainResult domainAfter = TreeFixtures.domainResult(after, domain.code());
			assertNotLower(domain.score(), domainAfter.score(), raisedCode);
			assertNotWorse(domain.rating(), domainAfter.rating(), raisedCode);
			for (CriterionResult criterion : domain.criteria()) {
				assertNotLower(criterion.score(), TreeFixtures.criterionResult(after, criterion.code()).score(),
						raisedCode);
			}
		}
	}

	private static void assertNotLower(Optional<Percent> before, Optional<Percent> after, String raisedCode) {
		assertThat(after.isPresent()).isEqualTo(before.isPresent());
		before.ifPresent((score) -> assertThat(after.orElseThrow().exact()).as("after raising " + raisedCode)
			.isGreaterThanOrEqualTo(score.exact()));
	}

	private static void assertNotWorse(Optional<RatingResult> before, Optional<RatingResult> after, String raisedCode) {
		before.ifPresent((rating) -> assertThat(rating.rating().isBetterThan(after.orElseThrow().rating()))
			.as("rating after raising " + raisedCode)
			.isFalse());
	}

	private static Map<String, Object> nodesByCode(ScoreReport report) {
		Map<String, Object> nodes = new LinkedHashMap<>();
		for (DomainResult domain : report.domains()) {
			nodes.put(domain.code(), new DomainResult(domain.code(), domain.weight(), domain.score(),
					domain.contribution(), domain.rating(), domain.counts(), List.of()));
			for (CriterionResult criterion : domain.criteria()) {
				nodes.put(criterion.code(), new CriterionResult(criterion.code(), criterion.weight(), criterion.score(),
						criterion.contribution(), criterion.counts(), List.of()));
				criterion.indicators().forEach((indicator) -> nodes.put(indicator.code(), indicator));
			}
		}
		return nodes;
	}

	private static Optional<BigFraction> sum(Stream<Optional<Percent>> contributions) {
		return contributions.flatMap(Optional::stream).map(Percent::exact).reduce(BigFraction::add);
	}

	private static Optional<BigFraction> exact(Optional<Percent> score) {
		return score.map(Percent::exact);
	}

}
