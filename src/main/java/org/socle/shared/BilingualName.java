package org.socle.shared;

import java.util.Locale;

/**
 * Something named in French and in Arabic (an establishment, a region, a province). Every
 * page shows the name of the reader's language first, the same way in headings,
 * breadcrumbs, tabs and lists: {@code ${e.name(#locale)}}, then
 * {@code ${e.otherName(#locale)}} where both are shown.
 */
public interface BilingualName {

	String nameFr();

	String nameAr();

	/**
	 * The Arabic name on Arabic pages (the French one when there is none), the French one
	 * otherwise.
	 */
	default String name(Locale locale) {
		return (isArabic(locale) && hasText(nameAr())) ? nameAr() : nameFr();
	}

	/** The name in the other language, shown second; null when there is none. */
	default String otherName(Locale locale) {
		String other = (isArabic(locale) && hasText(nameAr())) ? nameFr() : nameAr();
		return (hasText(other) && !other.equals(name(locale))) ? other : null;
	}

	/** The language of {@link #otherName(Locale)}, for its {@code lang} attribute. */
	default String otherLanguage(Locale locale) {
		return (isArabic(locale) && hasText(nameAr())) ? "fr" : "ar";
	}

	private static boolean isArabic(Locale locale) {
		return locale != null && "ar".equals(locale.getLanguage());
	}

	private static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}

}
