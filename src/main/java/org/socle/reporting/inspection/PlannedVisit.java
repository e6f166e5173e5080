package org.socle.reporting.inspection;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.socle.shared.AuditedEntity;

/**
 * An inspection visit an auditor plans at an establishment; at most one is planned per
 * establishment at a time (a unique index). Once it took place it is recorded done, with
 * its day; done and cancelled visits are kept for the trail.
 */
@Entity
@Table(name = "inspection_visit")
public class PlannedVisit extends AuditedEntity {

	private long establishmentId;

	private long auditorId;

	private String auditorName;

	private LocalDate plannedOn;

	@Enumerated(EnumType.STRING)
	private Status status = Status.PLANNED;

	private LocalDate doneOn;

	protected PlannedVisit() {
	}

	PlannedVisit(long establishmentId) {
		this.establishmentId = establishmentId;
	}

	void plan(long auditorId, String auditorName, LocalDate plannedOn) {
		this.auditorId = auditorId;
		this.auditorName = auditorName;
		this.plannedOn = plannedOn;
	}

	void cancel() {
		this.status = Status.CANCELLED;
	}

	void done(LocalDate on) {
		this.status = Status.DONE;
		this.doneOn = on;
	}

	long getEstablishmentId() {
		return this.establishmentId;
	}

	long getAuditorId() {
		return this.auditorId;
	}

	String getAuditorName() {
		return this.auditorName;
	}

	LocalDate getPlannedOn() {
		return this.plannedOn;
	}

	LocalDate getDoneOn() {
		return this.doneOn;
	}

	enum Status {

		PLANNED, DONE, CANCELLED

	}

}
