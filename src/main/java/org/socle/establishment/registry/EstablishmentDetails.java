package org.socle.establishment.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.socle.shared.BilingualName;
import org.socle.establishment.Category;
import org.socle.establishment.EstablishmentStatus;
import org.socle.reference.ProvinceRef;
import org.socle.reference.RegionRef;

/**
 * Everything the overview tab shows, names resolved; the other tabs' header too.
 */
public record EstablishmentDetails(long id, String nameFr, String nameAr, Category category, EstablishmentStatus status,
		long organisationId, String organisationName, RegionRef region, ProvinceRef province, String address,
		BigDecimal latitude, BigDecimal longitude, String authorisationNumber, LocalDate authorisationDate,
		LocalDate authorisationExpiry, AuthorisationStatus authorisationStatus, boolean authorisationExpired,
		Integer authorisedCapacity, Integer capacityMale, Integer capacityFemale, LocalDate openingDate,
		String directorName, String directorPhone, String directorEmail, long version, String createdBy,
		Instant createdAt, String updatedBy, Instant updatedAt, boolean editable) implements BilingualName {

	public boolean hasCoordinates() {
		return this.latitude != null && this.longitude != null;
	}

}
