package org.socle.assessment.workflow;

import org.springframework.modulith.NamedInterface;

import java.util.Set;

/**
 * Where an assessment is in its workflow: {@code DRAFT → SUBMITTED → IN_REVIEW →
 * VALIDATED}, or from review {@code RETURNED} (with a comment) to the side that edits it,
 * which works on it as on a draft and submits it again.
 */
@NamedInterface("seeding")
public enum AssessmentStatus {

	DRAFT, SUBMITTED, IN_REVIEW, VALIDATED, RETURNED;

	/** The states in which answers, evidence and metrics may change. */
	public static final Set<AssessmentStatus> EDITABLE = Set.of(DRAFT, RETURNED);

	public boolean isEditable() {
		return EDITABLE.contains(this);
	}

}
