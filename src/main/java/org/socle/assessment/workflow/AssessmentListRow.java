package org.socle.assessment.workflow;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.socle.assessment.AssessmentKind;

/**
 * One assessment in a list: an establishment's assessments or the review queue.
 *
 * @param scoreDisplay the stored overall score of a validated assessment (one decimal),
 * else null
 * @param rating the stored rating of a validated assessment, else null
 */
public record AssessmentListRow(long id, long establishmentId, String establishmentNameFr, String establishmentNameAr,
		String organisationName, AssessmentKind kind, AssessmentStatus status, LocalDate referenceDate,
		String standardLabel, String creatorName, String reviewerName, Instant submittedAt, Instant updatedAt,
		BigDecimal scoreDisplay, String rating, long overdueActions, long standardId, String category) {

	public String establishmentName(Locale locale) {
		return "ar".equals(locale.getLanguage()) ? this.establishmentNameAr : this.establishmentNameFr;
	}

}
