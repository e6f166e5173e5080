package org.socle.assessment;

import java.util.Set;

/**
 * Published when a reviewer returns an assessment to the side that edits it, in the same
 * transaction.
 *
 * @param submission which submission is returned (see {@link AssessmentSubmitted})
 * @param comment what the reviewer asks to change
 * @param authorIds the users who created or changed the assessment
 */
public record AssessmentReturned(long assessmentId, long establishmentId, AssessmentKind kind, int submission,
		String comment, Set<Long> authorIds) {

	public AssessmentReturned {
		authorIds = Set.copyOf(authorIds);
	}

}
