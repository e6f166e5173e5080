package org.socle.establishment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An establishment's public profile, for callers outside this module (the REST API): the
 * overview page without the director's contact details.
 *
 * @param authorisationStatus {@code VALID}, {@code PENDING}, {@code EXPIRED} or
 * {@code NONE}
 * @param provinceId null when not recorded
 * @param version changes with every saved edit
 */
public record EstablishmentProfile(long id, String nameFr, String nameAr, Category category, EstablishmentStatus status,
		long organisationId, String organisationName, String regionCode, Long provinceId, String address,
		BigDecimal latitude, BigDecimal longitude, String authorisationNumber, LocalDate authorisationDate,
		LocalDate authorisationExpiry, String authorisationStatus, boolean authorisationExpired,
		Integer authorisedCapacity, Integer capacityMale, Integer capacityFemale, LocalDate openingDate,
		Instant updatedAt, long version) {

}
