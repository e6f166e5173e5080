package org.socle.assessment;

/**
 * Published when an assessment is submitted for review, in the same transaction.
 *
 * @param submission 1 for its first submission, 2 for the submission after a first
 * return...: a retry publishes the same number, a resubmission the next
 * @param submittedBy the user who submitted it
 */
public record AssessmentSubmitted(long assessmentId, long establishmentId, AssessmentKind kind, int submission,
		long submittedBy) {

}
