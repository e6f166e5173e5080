package org.socle.assessment.scoring;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One domain in a {@link ScoreReport}.
 *
 * @param score empty when none of its indicators is answered
 * @param contribution the points it adds to the overall score; present with the score
 * @param rating present with the score
 */
public record DomainResult(String code, int weight, Optional<Percent> score, Optional<Percent> contribution,
		Optional<RatingResult> rating, Counts counts, List<CriterionResult> criteria) {

	public DomainResult {
		criteria = List.copyOf(criteria);
	}

	/** Every indicator of the domain, in the standard's order. */
	public Stream<IndicatorResult> indicators() {
		return this.criteria.stream().flatMap((criterion) -> criterion.indicators().stream());
	}

	DomainResult withContribution(Optional<Percent> contribution) {
		return new DomainResult(this.code, this.weight, this.score, contribution, this.rating, this.counts,
				this.criteria);
	}

}
