package org.socle.assessment;

import java.time.LocalDate;

/**
 * Published when an assessment is validated, after its scores are stored (table
 * {@code assessment_score}): reports listen to refresh what they show.
 */
public record AssessmentValidated(long assessmentId, long establishmentId, AssessmentKind kind, LocalDate referenceDate,
		String rating) {

}
