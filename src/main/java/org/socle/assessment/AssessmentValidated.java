package org.socle.assessment;

import java.time.LocalDate;

import org.socle.assessment.scoring.Rating;

/**
 * Published when an assessment is validated, in the same transaction, after its scores
 * are stored ({@link AssessmentScores} reads them): reports listen to refresh what they
 * show.
 *
 * @param rating the final rating, after the caps
 */
public record AssessmentValidated(long assessmentId, long establishmentId, AssessmentKind kind, LocalDate referenceDate,
		Rating rating) {

}
