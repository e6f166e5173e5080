package org.socle.identity.users;

/**
 * A users-list line with its organisation's name.
 */
record UserListItem(UserRow user, String organisationName) {
}
