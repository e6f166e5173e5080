package org.socle.assessment.scoring;

import java.util.List;
import java.util.Optional;

/**
 * One criterion in a {@link ScoreReport}.
 *
 * @param score empty when none of its indicators is answered
 * @param contribution the points it adds to its domain's score; present with the score
 */
public record CriterionResult(String code, int weight, Optional<Percent> score, Optional<Percent> contribution,
		Counts counts, List<IndicatorResult> indicators) {

	public CriterionResult {
		indicators = List.copyOf(indicators);
	}

	CriterionResult withContribution(Optional<Percent> contribution) {
		return new CriterionResult(this.code, this.weight, this.score, contribution, this.counts, this.indicators);
	}

}
