package org.socle.reference;

import java.util.Locale;

/**
 * A region by its ISO 3166-2:MA code ({@code MA-01} to {@code MA-12}) with its French and
 * Arabic names.
 */
public record RegionRef(String code, String nameFr, String nameAr) {

	/** The Arabic name in Arabic, the French one otherwise. */
	public String name(Locale locale) {
		return "ar".equals(locale.getLanguage()) ? this.nameAr : this.nameFr;
	}

}
