package org.socle.care.plans;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A review of the care plan, and the next review date it sets. */
public class ReviewForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate reviewDate;

	@Size(max = 2000)
	private String summary;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate nextReviewDate;

	public LocalDate getReviewDate() {
		return this.reviewDate;
	}

	public void setReviewDate(LocalDate reviewDate) {
		this.reviewDate = reviewDate;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public LocalDate getNextReviewDate() {
		return this.nextReviewDate;
	}

	public void setNextReviewDate(LocalDate nextReviewDate) {
		this.nextReviewDate = nextReviewDate;
	}

}
