package org.socle.beneficiary.privacy;

import java.time.Instant;

import org.socle.beneficiary.AccessAction;

/**
 * A line of the access log, for the admin screen; {@code apiToken} names the API token
 * the access came through (null in the UI).
 */
public record AccessLogEntry(long id, Instant accessedAt, String username, String userRole, long beneficiaryId,
		String pseudonym, long establishmentId, String establishmentName, AccessAction action, String details,
		String apiToken) {
}
