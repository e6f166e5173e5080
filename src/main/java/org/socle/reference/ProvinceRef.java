package org.socle.reference;

import java.util.Locale;

/**
 * A province or prefecture of a region.
 */
public record ProvinceRef(long id, String regionCode, ProvinceKind kind, String nameFr, String nameAr, boolean active) {

	/** The Arabic name in Arabic, the French one otherwise. */
	public String name(Locale locale) {
		return "ar".equals(locale.getLanguage()) ? this.nameAr : this.nameFr;
	}

}
