package org.socle.identity.users;

import java.time.Instant;

/**
 * A users-list line with its organisation's name, and the end of its login lock if the
 * account is locked now (null otherwise).
 */
record UserListItem(UserRow user, String organisationName, Instant lockedUntil) {
}
