package org.socle.identity;

/**
 * A users-list line with its organisation's name.
 */
record UserListItem(UserRow user, String organisationName) {
}
