package org.socle.reporting.inspection;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.socle.shared.AuditedEntity;

/**
 * One line of a visit's trail: who assigned it to whom, for when (and, once done, the day
 * it took place); written once.
 */
@Entity
@Table(name = "inspection_visit_event")
public class VisitEvent extends AuditedEntity {

	private long visitId;

	@Enumerated(EnumType.STRING)
	private Action action;

	private long actorId;

	private String actorName;

	private String auditorName;

	private LocalDate plannedOn;

	private LocalDate doneOn;

	private Instant occurredAt;

	protected VisitEvent() {
	}

	VisitEvent(PlannedVisit visit, Action action, long actorId, String actorName, Instant occurredAt) {
		this.visitId = visit.getId();
		this.action = action;
		this.actorId = actorId;
		this.actorName = actorName;
		this.auditorName = visit.getAuditorName();
		this.plannedOn = visit.getPlannedOn();
		this.doneOn = visit.getDoneOn();
		this.occurredAt = occurredAt;
	}

	public Action getAction() {
		return this.action;
	}

	public String getActorName() {
		return this.actorName;
	}

	public String getAuditorName() {
		return this.auditorName;
	}

	public LocalDate getPlannedOn() {
		return this.plannedOn;
	}

	public LocalDate getDoneOn() {
		return this.doneOn;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	enum Action {

		ASSIGNED, CHANGED, CANCELLED, DONE

	}

}
