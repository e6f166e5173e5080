package org.socle.assessment.scoring;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An assessment scored against a standard: the overall result and the explanation tree
 * behind it (domains, criteria, indicators), complete enough to render or serialise
 * without recomputing anything.
 *
 * @param score empty when no indicator is answered
 * @param rating present with the score
 * @param coverage indicators answered or marked N/A, out of those applicable
 * @param submissionProblems empty when the assessment can be submitted
 */
public record ScoreReport(Optional<Percent> score, Optional<RatingResult> rating, Counts counts, Percent coverage,
		List<SubmissionProblem> submissionProblems, List<DomainResult> domains) {

	public ScoreReport {
		submissionProblems = List.copyOf(submissionProblems);
		domains = List.copyOf(domains);
	}

	public boolean canBeSubmitted() {
		return this.submissionProblems.isEmpty();
	}

	/** Every indicator, in the standard's order. */
	public Stream<IndicatorResult> indicators() {
		return this.domains.stream().flatMap(DomainResult::indicators);
	}

	public Optional<IndicatorResult> indicator(String code) {
		return indicators().filter((indicator) -> indicator.code().equals(code)).findFirst();
	}

}
