package org.socle.assessment.scoring;

import java.util.List;

/**
 * Why an assessment cannot be submitted yet, with the indicators to see to.
 */
public record SubmissionProblem(Reason reason, List<String> indicatorCodes) {

	public SubmissionProblem {
		indicatorCodes = indicatorCodes.stream().sorted().toList();
	}

	public enum Reason {

		/** Coverage is below 80 %; the codes are the unanswered indicators. */
		COVERAGE_BELOW_80_PERCENT,

		/** Critical indicators must be answered. */
		CRITICAL_UNANSWERED,

		/** Critical indicators must be answered, and N/A is not an answer for them. */
		CRITICAL_NOT_APPLICABLE

	}

}
