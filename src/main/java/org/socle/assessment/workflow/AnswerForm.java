package org.socle.assessment.workflow;

import java.util.Objects;

/**
 * The answer to one indicator as typed. Every field is text so that whatever was typed
 * comes back with its error message (a number that does not parse is not lost);
 * {@link AnswerRules} checks and converts it. Equal by its fields: the assessment page's
 * kept body is keyed by what it shows, the answers as the form shows them among it.
 */
public class AnswerForm {

	private Long version;

	/** "1" to "4", for a LEVEL indicator. */
	private String level;

	/** "YES" or "NO", for a YES_NO indicator. */
	private String answer;

	/** A typed metric value (comma or point as decimal separator). */
	private String value;

	private boolean notApplicable;

	private String comment;

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getLevel() {
		return this.level;
	}

	public void setLevel(String level) {
		this.level = level;
	}

	public String getAnswer() {
		return this.answer;
	}

	public void setAnswer(String answer) {
		this.answer = answer;
	}

	public String getValue() {
		return this.value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	public boolean isNotApplicable() {
		return this.notApplicable;
	}

	public void setNotApplicable(boolean notApplicable) {
		this.notApplicable = notApplicable;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof AnswerForm form) && Objects.equals(this.version, form.version)
				&& Objects.equals(this.level, form.level) && Objects.equals(this.answer, form.answer)
				&& Objects.equals(this.value, form.value) && this.notApplicable == form.notApplicable
				&& Objects.equals(this.comment, form.comment);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.version, this.level, this.answer, this.value, this.notApplicable, this.comment);
	}

}
