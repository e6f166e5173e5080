package org.socle.reporting.inspection;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Recording the planned visit done: the day it took place and the version of the planned
 * visit the page was read at.
 */
public class VisitDoneForm {

	/** ISO, as a date input sends and shows it. */
	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate doneOn;

	private Long version;

	/**
	 * The fresh form: today, at the version of the visit shown on the page (read with the
	 * plan, so no statement of its own), none when no visit is planned.
	 */
	static VisitDoneForm today(LocalDate today, RiskRow.Visit shown) {
		VisitDoneForm form = new VisitDoneForm();
		form.setDoneOn(today);
		if (shown != null && !shown.done()) {
			form.setVersion(shown.version());
		}
		return form;
	}

	public LocalDate getDoneOn() {
		return this.doneOn;
	}

	public void setDoneOn(LocalDate doneOn) {
		this.doneOn = doneOn;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
