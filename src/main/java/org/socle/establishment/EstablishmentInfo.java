package org.socle.establishment;

import java.util.Locale;

/**
 * What other modules know of an establishment.
 */
public record EstablishmentInfo(long id, String nameFr, String nameAr, Category category, EstablishmentStatus status,
		long organisationId, String regionCode, Integer authorisedCapacity) {

	/** The Arabic name in Arabic, the French one otherwise. */
	public String name(Locale locale) {
		return "ar".equals(locale.getLanguage()) ? this.nameAr : this.nameFr;
	}

}
