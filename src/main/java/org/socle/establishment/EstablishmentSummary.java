package org.socle.establishment;

import java.time.LocalDate;

/**
 * A line of the establishment list, for callers outside this module (the REST API).
 *
 * @param authorisationStatus {@code VALID}, {@code PENDING}, {@code EXPIRED} or
 * {@code NONE}
 * @param authorisationExpired whether the authorisation has expired today
 */
public record EstablishmentSummary(long id, String nameFr, String nameAr, Category category, EstablishmentStatus status,
		long organisationId, String organisationName, String regionCode, String authorisationStatus,
		LocalDate authorisationExpiry, boolean authorisationExpired, Integer authorisedCapacity) {

}
