package org.socle.assessment.workflow;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A change of status (submit, take for review, validate, return): the version the page
 * was shown with (always sent by the page: without it the request is refused), and a
 * comment (required to return).
 */
public class DecisionForm {

	@NotNull
	private Long version;

	@Size(max = AnswerRules.COMMENT_MAX)
	private String comment;

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

}
