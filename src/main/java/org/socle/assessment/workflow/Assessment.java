package org.socle.assessment.workflow;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.socle.assessment.AssessmentKind;
import org.socle.shared.AuditedEntity;

/**
 * An establishment assessed against a published standard version at a reference date.
 * Status changes go through {@link AssessmentService}, which enforces who may do what;
 * once validated the row never changes (checked by the database too).
 */
@Entity
@Table(name = "assessment")
public class Assessment extends AuditedEntity {

	@Column(nullable = false, updatable = false)
	private long establishmentId;

	@Column(nullable = false, updatable = false)
	private long standardId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private AssessmentKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AssessmentStatus status = AssessmentStatus.DRAFT;

	@Column(nullable = false, updatable = false)
	private LocalDate referenceDate;

	@Column(nullable = false, updatable = false)
	private String category;

	@Column(updatable = false)
	private Long startedFromId;

	@Column(nullable = false, updatable = false)
	private long creatorId;

	@Column(nullable = false, updatable = false)
	private String creatorName;

	private Long reviewerId;

	private String reviewerName;

	private Instant submittedAt;

	private Instant validatedAt;

	protected Assessment() {
	}

	Assessment(long establishmentId, long standardId, AssessmentKind kind, LocalDate referenceDate, String category,
			Long startedFromId, long creatorId, String creatorName) {
		this.establishmentId = establishmentId;
		this.standardId = standardId;
		this.kind = kind;
		this.referenceDate = referenceDate;
		this.category = category;
		this.startedFromId = startedFromId;
		this.creatorId = creatorId;
		this.creatorName = creatorName;
	}

	void submit(Instant at) {
		this.status = AssessmentStatus.SUBMITTED;
		this.submittedAt = at;
	}

	void takeForReview(long reviewerId, String reviewerName) {
		this.status = AssessmentStatus.IN_REVIEW;
		this.reviewerId = reviewerId;
		this.reviewerName = reviewerName;
	}

	void validate(Instant at) {
		this.status = AssessmentStatus.VALIDATED;
		this.validatedAt = at;
	}

	void returnToEditor() {
		this.status = AssessmentStatus.RETURNED;
	}

	long getEstablishmentId() {
		return this.establishmentId;
	}

	long getStandardId() {
		return this.standardId;
	}

	AssessmentKind getKind() {
		return this.kind;
	}

	AssessmentStatus getStatus() {
		return this.status;
	}

	LocalDate getReferenceDate() {
		return this.referenceDate;
	}

	String getCategory() {
		return this.category;
	}

	Long getStartedFromId() {
		return this.startedFromId;
	}

	long getCreatorId() {
		return this.creatorId;
	}

	String getCreatorName() {
		return this.creatorName;
	}

	String getReviewerName() {
		return this.reviewerName;
	}

	Instant getSubmittedAt() {
		return this.submittedAt;
	}

	Instant getValidatedAt() {
		return this.validatedAt;
	}

}
