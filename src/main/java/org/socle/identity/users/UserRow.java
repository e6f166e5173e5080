package org.socle.identity.users;

import java.time.Instant;

import org.socle.identity.Role;

/**
 * A line of the users list, read straight from SQL.
 */
record UserRow(long id, String username, String displayName, String email, Role role, Long organisationId,
		boolean enabled, Instant lastLoginAt) {
}
