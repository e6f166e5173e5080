package org.socle.assessment.scoring;

import java.util.Optional;

import org.socle.assessment.scoring.StandardTree.Indicator;

/**
 * One indicator in a {@link ScoreReport}.
 *
 * @param indicator its definition: code, weight, answer type, thresholds, critical flag
 * @param answer the answer as given; empty when unanswered
 * @param level present when answered (not N/A)
 * @param contribution the points it adds to its criterion's score; the contributions of a
 * criterion's indicators add up to the criterion's score. Present when answered.
 */
public record IndicatorResult(Indicator indicator, Status status, Optional<Answer> answer, Optional<Integer> level,
		Optional<Percent> contribution) {

	public enum Status {

		ANSWERED, NOT_APPLICABLE, UNANSWERED

	}

	public String code() {
		return this.indicator.code();
	}

	public int weight() {
		return this.indicator.weight();
	}

	IndicatorResult withContribution(Optional<Percent> contribution) {
		return new IndicatorResult(this.indicator, this.status, this.answer, this.level, contribution);
	}

}
