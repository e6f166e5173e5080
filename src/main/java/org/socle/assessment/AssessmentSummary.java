package org.socle.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Where one of an establishment's assessments stands ({@link EstablishmentAssessments}).
 *
 * @param status {@code DRAFT}, {@code SUBMITTED}, {@code IN_REVIEW}, {@code RETURNED} or
 * {@code VALIDATED}
 * @param standard the standard's code and version, {@code SOCLE-EPS 1.0}
 * @param submittedAt the last submission, null before the first
 * @param score the overall score of a validated assessment (0–100, one decimal), else
 * null
 * @param rating the rating of a validated assessment ({@code A} to {@code D}), else null
 */
public record AssessmentSummary(long id, AssessmentKind kind, String status, LocalDate referenceDate, String standard,
		Instant submittedAt, Instant updatedAt, BigDecimal score, String rating) {

}
