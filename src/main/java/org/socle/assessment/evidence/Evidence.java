package org.socle.assessment.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.socle.shared.AuditedEntity;

/**
 * A file supporting an answer: PDF, JPEG or PNG, its type checked by content, its content
 * kept by the {@link EvidenceStore} under a random key.
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

	Evidence(long assessmentId, long answerId, String originalName, String storageKey, EvidenceFile file) {
		this.assessmentId = assessmentId;
		this.answerId = answerId;
		this.originalName = originalName;
		this.contentType = file.type().contentType();
		this.sizeBytes = file.size();
		this.sha256 = file.sha256();
		this.storageKey = storageKey;
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
