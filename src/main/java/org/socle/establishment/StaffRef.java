package org.socle.establishment;

/**
 * A staff member, for other modules' selects (e.g. who delivered a service).
 */
public record StaffRef(long id, String name, String qualification) {
}
