package org.socle.assessment.scoring;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.socle.assessment.scoring.IndicatorResult.Status;

/**
 * "What if" questions on an assessment: what the result would be with some indicators one
 * level higher, and which single raises would help most. A raise acts on the level,
 * whatever the answer type: a metric at level 2 raised is at level 3, whatever value
 * would give it.
 */
public final class ImprovementSimulator {

	// Biggest gain first; on equal gains the better new rating (a lifted cap), then by
	// code.
	private static final Comparator<Improvement> MOST_HELPFUL_FIRST = Comparator
		.comparing((Improvement improvement) -> improvement.gain().exact(), Comparator.reverseOrder())
		.thenComparing(Improvement::newRating)
		.thenComparing(Improvement::code);

	private ImprovementSimulator() {
	}

	/**
	 * The report with each indicator in {@code codes} one level higher than its answer
	 * gives (an indicator at 4 stays at 4). In this report the raised indicators keep
	 * their answer but show the raised level.
	 * @throws IllegalArgumentException if a code is not an answered indicator of the tree
	 */
	public static ScoreReport raise(StandardTree tree, Map<String, Answer> answers, Set<String> codes) {
		ScoreReport current = ScoringEngine.score(tree, answers);
		for (String code : codes) {
			if (current.indicator(code).filter((indicator) -> indicator.status() == Status.ANSWERED).isEmpty()) {
				throw new IllegalArgumentException(code + " is not an answered indicator, so it cannot be raised");
			}
		}
		return ScoringEngine.score(tree, answers, Set.copyOf(codes));
	}

	/**
	 * The {@code n} single-level raises of answered indicators below level 4 that would
	 * raise the overall score most, caps included in the new rating.
	 */
	public static List<Improvement> topImprovements(StandardTree tree, Map<String, Answer> answers, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("n must not be negative, not " + n);
		}
		ScoreReport current = ScoringEngine.score(tree, answers);
		return current.indicators()
			.filter((indicator) -> indicator.level().filter((level) -> level < 4).isPresent())
			.map((indicator) -> improvement(current, indicator,
					ScoringEngine.score(tree, answers, Set.of(indicator.code()))))
			.sorted(MOST_HELPFUL_FIRST)
			.limit(n)
			.toList();
	}

	// Only called for answered indicators, so both reports have an overall score.
	private static Improvement improvement(ScoreReport current, IndicatorResult indicator, ScoreReport raised) {
		Percent newScore = raised.score().orElseThrow();
		int fromLevel = indicator.level().orElseThrow();
		return new Improvement(indicator.code(), fromLevel, fromLevel + 1, newScore,
				Percent.of(newScore.exact().subtract(current.score().orElseThrow().exact())),
				raised.rating().orElseThrow().rating());
	}

}
