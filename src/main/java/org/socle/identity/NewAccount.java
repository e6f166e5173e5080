package org.socle.identity;

/**
 * A user account to create, without its password (so that it never shows in a log line).
 * A manager's account needs an organisation; any other role has none.
 */
public record NewAccount(String username, String displayName, String email, Role role, Long organisationId,
		boolean enabled) {
}
