package org.socle.assessment.workflow;

import org.socle.assessment.AssessmentKind;
import org.socle.establishment.Category;

/**
 * The review queue's filters (all optional): the establishment's region and category, the
 * kind of assessment, and how long it has been waiting (submitted more than so many days
 * ago).
 */
public class ReviewFilter {

	private String region;

	private Category category;

	private AssessmentKind kind;

	private Integer waitingDays;

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public Category getCategory() {
		return this.category;
	}

	public void setCategory(Category category) {
		this.category = category;
	}

	public AssessmentKind getKind() {
		return this.kind;
	}

	public void setKind(AssessmentKind kind) {
		this.kind = kind;
	}

	public Integer getWaitingDays() {
		return this.waitingDays;
	}

	public void setWaitingDays(Integer waitingDays) {
		this.waitingDays = waitingDays;
	}

}
