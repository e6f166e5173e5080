package org.socle.assessment.actionplan;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.socle.shared.AuditedEntity;

/**
 * A corrective action proposed on validation for an indicator at level 1 or 2, which the
 * establishment words, assigns and follows up.
 */
@Entity
@Table(name = "action_item")
class ActionItem extends AuditedEntity {

	@Column(nullable = false, updatable = false)
	private long assessmentId;

	@Column(nullable = false, updatable = false)
	private long establishmentId;

	@Column(nullable = false, updatable = false)
	private String indicatorCode;

	@Column(nullable = false, updatable = false)
	private int levelAtValidation;

	private String title;

	private String ownerName;

	@Column(nullable = false)
	private LocalDate dueDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ActionStatus status = ActionStatus.OPEN;

	private LocalDate completedOn;

	protected ActionItem() {
	}

	ActionItem(long assessmentId, long establishmentId, String indicatorCode, int levelAtValidation,
			LocalDate dueDate) {
		this.assessmentId = assessmentId;
		this.establishmentId = establishmentId;
		this.indicatorCode = indicatorCode;
		this.levelAtValidation = levelAtValidation;
		this.dueDate = dueDate;
	}

	void update(ActionItemForm form) {
		this.title = form.getTitle();
		this.ownerName = form.getOwnerName();
		this.dueDate = form.getDueDate();
		this.status = form.getStatus();
		this.completedOn = (form.getStatus() == ActionStatus.DONE) ? form.getCompletedOn() : null;
	}

	boolean isOverdue(LocalDate today) {
		return this.status.isPending() && this.dueDate.isBefore(today);
	}

	long getAssessmentId() {
		return this.assessmentId;
	}

	String getIndicatorCode() {
		return this.indicatorCode;
	}

	int getLevelAtValidation() {
		return this.levelAtValidation;
	}

	String getTitle() {
		return this.title;
	}

	String getOwnerName() {
		return this.ownerName;
	}

	LocalDate getDueDate() {
		return this.dueDate;
	}

	ActionStatus getStatus() {
		return this.status;
	}

	LocalDate getCompletedOn() {
		return this.completedOn;
	}

}
