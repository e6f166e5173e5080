package org.socle.establishment.registry;

import java.time.LocalDate;

import org.socle.shared.BilingualName;
import org.socle.establishment.Category;
import org.socle.establishment.EstablishmentStatus;

/**
 * A line of the establishments list, read straight from SQL.
 */
public record EstablishmentRow(long id, String nameFr, String nameAr, Category category, EstablishmentStatus status,
		long organisationId, String regionCode, AuthorisationStatus authorisationStatus, LocalDate authorisationExpiry,
		Integer authorisedCapacity) implements BilingualName {

	boolean authorisationExpired(LocalDate today) {
		return Authorisations.expired(this.authorisationStatus, this.authorisationExpiry, today);
	}

}
