package org.socle.assessment.workflow;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.socle.assessment.AssessmentKind;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new assessment: its kind, the standard version and the reference date; an audit may
 * start from the establishment's latest submitted self-assessment.
 */
public class NewAssessmentForm {

	@NotNull
	private AssessmentKind kind;

	@NotNull
	private Long standardId;

	@NotNull
	@PastOrPresent
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate referenceDate;

	private boolean startFromSelfAssessment;

	public AssessmentKind getKind() {
		return this.kind;
	}

	public void setKind(AssessmentKind kind) {
		this.kind = kind;
	}

	public Long getStandardId() {
		return this.standardId;
	}

	public void setStandardId(Long standardId) {
		this.standardId = standardId;
	}

	public LocalDate getReferenceDate() {
		return this.referenceDate;
	}

	public void setReferenceDate(LocalDate referenceDate) {
		this.referenceDate = referenceDate;
	}

	public boolean isStartFromSelfAssessment() {
		return this.startFromSelfAssessment;
	}

	public void setStartFromSelfAssessment(boolean startFromSelfAssessment) {
		this.startFromSelfAssessment = startFromSelfAssessment;
	}

}
