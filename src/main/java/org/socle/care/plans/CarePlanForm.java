package org.socle.care.plans;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The individual care plan: goals, actions, next review date. */
public class CarePlanForm {

	@NotBlank
	@Size(max = 2000)
	private String goals;

	@Size(max = 2000)
	private String actions;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate nextReviewDate;

	private long version;

	public String getGoals() {
		return this.goals;
	}

	public void setGoals(String goals) {
		this.goals = goals;
	}

	public String getActions() {
		return this.actions;
	}

	public void setActions(String actions) {
		this.actions = actions;
	}

	public LocalDate getNextReviewDate() {
		return this.nextReviewDate;
	}

	public void setNextReviewDate(LocalDate nextReviewDate) {
		this.nextReviewDate = nextReviewDate;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
