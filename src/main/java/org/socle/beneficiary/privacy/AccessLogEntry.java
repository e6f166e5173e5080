package org.socle.beneficiary.privacy;

import java.time.Instant;

import org.socle.beneficiary.AccessAction;

/** A line of the access log, for the admin screen. */
public record AccessLogEntry(long id, Instant accessedAt, String username, String userRole, long beneficiaryId,
		String pseudonym, long establishmentId, String establishmentName, AccessAction action, String details) {
}
