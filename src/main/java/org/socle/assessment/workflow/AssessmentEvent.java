package org.socle.assessment.workflow;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.socle.assessment.contradiction.ContradictionDecision;
import org.socle.assessment.contradiction.ContradictionRule;
import org.socle.shared.AuditedEntity;

/**
 * One step of an assessment's history: its creation ({@code from} null), a change of
 * status, or a reviewer's decision on a contradiction, by whom, when, with the comment
 * given. Written once, never changed.
 */
@Entity
@Table(name = "assessment_event")
class AssessmentEvent extends AuditedEntity {

	@Column(nullable = false, updatable = false)
	private long assessmentId;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private AssessmentStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private AssessmentStatus toStatus;

	@Column(nullable = false, updatable = false)
	private long actorId;

	@Column(nullable = false, updatable = false)
	private String actorName;

	@Column(updatable = false)
	private String comment;

	@Column(nullable = false, updatable = false)
	private Instant occurredAt;

	@Column(updatable = false)
	private String contradictionRule;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private ContradictionDecision contradictionDecision;

	protected AssessmentEvent() {
	}

	AssessmentEvent(long assessmentId, AssessmentStatus fromStatus, AssessmentStatus toStatus, long actorId,
			String actorName, String comment, Instant occurredAt) {
		this.assessmentId = assessmentId;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.actorId = actorId;
		this.actorName = actorName;
		this.comment = comment;
		this.occurredAt = occurredAt;
	}

	/** The reviewer's decision on a contradiction, during the review. */
	static AssessmentEvent decision(long assessmentId, ContradictionRule rule, ContradictionDecision decision,
			long actorId, String actorName, String comment, Instant occurredAt) {
		AssessmentEvent event = new AssessmentEvent(assessmentId, AssessmentStatus.IN_REVIEW,
				AssessmentStatus.IN_REVIEW, actorId, actorName, comment, occurredAt);
		event.contradictionRule = rule.name();
		event.contradictionDecision = decision;
		return event;
	}

	AssessmentStatus getFromStatus() {
		return this.fromStatus;
	}

	AssessmentStatus getToStatus() {
		return this.toStatus;
	}

	String getActorName() {
		return this.actorName;
	}

	String getComment() {
		return this.comment;
	}

	Instant getOccurredAt() {
		return this.occurredAt;
	}

	ContradictionRule getContradictionRule() {
		return (this.contradictionRule != null) ? ContradictionRule.valueOf(this.contradictionRule) : null;
	}

	ContradictionDecision getContradictionDecision() {
		return this.contradictionDecision;
	}

}
