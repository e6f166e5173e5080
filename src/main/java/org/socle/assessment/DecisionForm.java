package org.socle.assessment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A change of status (submit, take for review, validate, return): the version the page
 * was shown with, and a comment (required to return).
 */
public class DecisionForm {

	@NotNull
	private Long version;

	@Size(max = 2000)
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
