package org.socle.establishment;

import org.socle.shared.BilingualName;

/**
 * What other modules know of an establishment.
 */
public record EstablishmentInfo(long id, String nameFr, String nameAr, Category category, EstablishmentStatus status,
		long organisationId, String regionCode, Integer authorisedCapacity) implements BilingualName {

}
