package org.socle.reporting.inspection;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Assigning (or changing) an establishment's visit: to whom, for when, and the version of
 * the planned visit the form was read at (null for a first assignment).
 */
public class VisitForm {

	/** Null: the auditor filling the form in. */
	private Long auditorId;

	/** ISO, as a date input sends and shows it. */
	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate plannedOn;

	private Long version;

	public Long getAuditorId() {
		return this.auditorId;
	}

	public void setAuditorId(Long auditorId) {
		this.auditorId = auditorId;
	}

	public LocalDate getPlannedOn() {
		return this.plannedOn;
	}

	public void setPlannedOn(LocalDate plannedOn) {
		this.plannedOn = plannedOn;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
