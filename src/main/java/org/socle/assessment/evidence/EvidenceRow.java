package org.socle.assessment.evidence;

import java.time.Instant;

/** An evidence file as the assessment page lists it under its answer. */
public record EvidenceRow(long id, String originalName, String contentType, long sizeBytes, String uploadedBy,
		Instant uploadedAt) {

	/** Size in kilobytes, at least 1. */
	public long kilobytes() {
		return Math.max(1, (this.sizeBytes + 1023) / 1024);
	}

}
