package org.socle.assessment;

import java.util.Set;

/**
 * Published when an auditor takes a submitted assessment for review, in the same
 * transaction.
 *
 * @param submission which submission is reviewed (see {@link AssessmentSubmitted})
 * @param authorIds the users who created or changed the assessment
 */
public record AssessmentTakenForReview(long assessmentId, long establishmentId, AssessmentKind kind, int submission,
		Set<Long> authorIds) {

	public AssessmentTakenForReview {
		authorIds = Set.copyOf(authorIds);
	}

}
