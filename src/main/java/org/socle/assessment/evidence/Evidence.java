package org.socle.assessment.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.socle.shared.AuditedEntity;

/**
 * A file supporting an answer: PDF, JPEG or PNG, its type checked by content, stored
 * under a random name ({@link EvidenceStore}).
 */
@Entity
@Table(name = "assessment_evidence")
class Evidence extends AuditedEntity {

	@Column(nullable = false, updatable = false)
	private long assessmentId;

	@Column(nullable = false, updatable = false)
	private long answerId;

	@Column(nullable = false, updatable = false)
	private String originalName;

	@Column(nullable = false, updatable = false)
	private String contentType;

	@Column(nullable = false, updatable = false)
	private long sizeBytes;

	@Column(nullable = false, updatable = false)
	private String sha256;

	@Column(nullable = false, updatable = false)
	private String storageKey;

	protected Evidence() {
	}

	Evidence(long assessmentId, long answerId, String originalName, EvidenceStore.Stored stored) {
		this.assessmentId = assessmentId;
		this.answerId = answerId;
		this.originalName = originalName;
		this.contentType = stored.type().contentType();
		this.sizeBytes = stored.size();
		this.sha256 = stored.sha256();
		this.storageKey = stored.key();
	}

	long getAssessmentId() {
		return this.assessmentId;
	}

	long getAnswerId() {
		return this.answerId;
	}

	String getOriginalName() {
		return this.originalName;
	}

	String getContentType() {
		return this.contentType;
	}

	long getSizeBytes() {
		return this.sizeBytes;
	}

	String getStorageKey() {
		return this.storageKey;
	}

}
