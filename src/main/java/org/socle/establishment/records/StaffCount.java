package org.socle.establishment.records;

/** How many staff members of an establishment a query counted. */
public record StaffCount(long establishmentId, long count) {

}
