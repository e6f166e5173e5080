package org.socle.assessment.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.socle.assessment.scoring.StandardTree.Indicator;
import org.socle.assessment.scoring.SubmissionProblem.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socle.assessment.scoring.TreeFixtures.answers;
import static org.socle.assessment.scoring.TreeFixtures.criterion;
import static org.socle.assessment.scoring.TreeFixtures.critical;
import static org.socle.assessment.scoring.TreeFixtures.domain;
import static org.socle.assessment.scoring.TreeFixtures.fraction;
import static org.socle.assessment.scoring.TreeFixtures.indicator;
import static org.socle.assessment.scoring.TreeFixtures.level;
import static org.socle.assessment.scoring.TreeFixtures.naAllowed;
import static org.socle.assessment.scoring.TreeFixtures.tree;

class SubmissionTests {

	// Five indicators over two domains, the last one allowing N/A.
	private static final StandardTree FIVE = tree(
			domain("D1", 1, criterion("D1.C1", 1, level("D1.C1.I1", 1), level("D1.C1.I2", 1))), domain("D2", 1,
					criterion("D2.C1", 1, level("D2.C1.I1", 1), level("D2.C1.I2", 1), naAllowed("D2.C1.I3", 1))));

	@Test
	void exactly80PercentCoverageAllowsSubmission() {
		ScoreReport report = ScoringEngine.score(FIVE, answers("D1.C1.I1", Answer.level(3), "D1.C1.I2", Answer.level(3),
				"D2.C1.I1", Answer.level(3), "D2.C1.I2", Answer.level(3)));

		assertThat(report.coverage()).isEqualTo(Percent.of(fraction(80, 1)));
		assertThat(report.coverage().display()).isEqualByComparingTo("80.0");
		assertThat(report.canBeSubmitted()).isTrue();
		assertThat(report.submissionProblems()).isEmpty();
	}

	@Test
	void notApplicableCountsTowardsCoverage() {
		ScoreReport report = ScoringEngine.score(FIVE, answers("D1.C1.I1", Answer.level(3), "D1.C1.I2", Answer.level(3),
				"D2.C1.I1", Answer.level(3), "D2.C1.I3", Answer.notApplicable()));

		assertThat(report.counts()).isEqualTo(new Counts(3, 1, 1));
		assertThat(report.coverage()).isEqualTo(Percent.of(fraction(80, 1)));
		assertThat(report.canBeSubmitted()).isTrue();
	}

	@Test
	void coverageBelow80PercentBlocksSubmissionAndNamesTheUnansweredIndicators() {
		ScoreReport report = ScoringEngine.score(FIVE,
				answers("D1.C1.I1", Answer.level(3), "D2.C1.I1", Answer.level(3), "D2.C1.I3", Answer.notApplicable()));

		assertThat(report.coverage()).isEqualTo(Percent.of(fraction(60, 1)));
		assertThat(report.canBeSubmitted()).isFalse();
		assertThat(report.submissionProblems())
			.containsExactly(new SubmissionProblem(Reason.COVERAGE_BELOW_80_PERCENT, List.of("D1.C1.I2", "D2.C1.I2")));
	}

	@Test
	void coverageShownAs80Point0ButBelow80BlocksSubmission() {
		// 399 of 499 answered: 79.96 %, shown 80.0 %.
		List<Indicator> indicators = IntStream.rangeClosed(1, 499).mapToObj((i) -> level("D1.C1.I" + i, 1)).toList();
		StandardTree tree = new StandardTree(
				List.of(new StandardTree.Domain("D1", 1, List.of(new StandardTree.Criterion("D1.C1", 1, indicators)))));
		Map<String, Answer> answers = new HashMap<>();
		IntStream.rangeClosed(1, 399).forEach((i) -> answers.put("D1.C1.I" + i, Answer.level(3)));

		ScoreReport report = ScoringEngine.score(tree, answers);

		assertThat(report.coverage().display()).isEqualTo(new BigDecimal("80.0"));
		assertThat(report.coverage().exact()).isEqualTo(fraction(39900, 499));
		assertThat(report.submissionProblems()).extracting(SubmissionProblem::reason)
			.containsExactly(Reason.COVERAGE_BELOW_80_PERCENT);
	}

	@Test
	void anUnansweredCriticalIndicatorBlocksSubmissionWhateverTheCoverage() {
		StandardTree tree = tree(domain("D1", 1, criterion("D1.C1", 1, critical("D1.C1.I1", 1), level("D1.C1.I2", 1),
				level("D1.C1.I3", 1), level("D1.C1.I4", 1), level("D1.C1.I5", 1), level("D1.C1.I6", 1))));

		ScoreReport report = ScoringEngine.score(tree, answers("D1.C1.I2", Answer.level(3), "D1.C1.I3", Answer.level(3),
				"D1.C1.I4", Answer.level(3), "D1.C1.I5", Answer.level(3), "D1.C1.I6", Answer.level(3)));

		assertThat(report.coverage().exact()).isEqualTo(fraction(250, 3));
		assertThat(report.submissionProblems())
			.containsExactly(new SubmissionProblem(Reason.CRITICAL_UNANSWERED, List.of("D1.C1.I1")));
	}

	@Test
	void aCriticalIndicatorMarkedNotApplicableBlocksSubmission() {
		StandardTree tree = tree(domain("D1", 1,
				criterion("D1.C1", 1, indicator("D1.C1.I1", 1, AnswerType.LEVEL, true, true), level("D1.C1.I2", 1))));

		ScoreReport report = ScoringEngine.score(tree,
				answers("D1.C1.I1", Answer.notApplicable(), "D1.C1.I2", Answer.level(3)));

		assertThat(report.coverage()).isEqualTo(Percent.of(fraction(100, 1)));
		assertThat(report.submissionProblems())
			.containsExactly(new SubmissionProblem(Reason.CRITICAL_NOT_APPLICABLE, List.of("D1.C1.I1")));
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		StandardTree tree = tree(domain("D1", 1, criterion("D1.C1", 1, critical("D1.C1.I1", 1),
				indicator("D1.C1.I2", 1, AnswerType.LEVEL, true, true), level("D1.C1.I3", 1), level("D1.C1.I4", 1))));

		ScoreReport report = ScoringEngine.score(tree,
				answers("D1.C1.I2", Answer.notApplicable(), "D1.C1.I3", Answer.level(2)));

		assertThat(report.submissionProblems()).containsExactly(
				new SubmissionProblem(Reason.COVERAGE_BELOW_80_PERCENT, List.of("D1.C1.I1", "D1.C1.I4")),
				new SubmissionProblem(Reason.CRITICAL_UNANSWERED, List.of("D1.C1.I1")),
				new SubmissionProblem(Reason.CRITICAL_NOT_APPLICABLE, List.of("D1.C1.I2")));
	}

}
