package org.socle.standard;

import java.util.Locale;

/**
 * A text in French (always present) and, when translated, Arabic and English.
 */
public record LocalizedText(String fr, String ar, String en) {

	public LocalizedText {
		ar = blankToNull(ar);
		en = blankToNull(en);
	}

	public static LocalizedText of(String fr) {
		return new LocalizedText(fr, null, null);
	}

	/** The text in the locale's language, falling back to French when not translated. */
	public String get(Locale locale) {
		String translated = translation((locale != null) ? locale.getLanguage() : "fr");
		return (translated != null) ? translated : this.fr;
	}

	/** Whether the text exists in the locale's language (French always does). */
	public boolean isTranslated(Locale locale) {
		return translation((locale != null) ? locale.getLanguage() : "fr") != null;
	}

	private String translation(String language) {
		return switch (language) {
			case "ar" -> this.ar;
			case "en" -> this.en;
			default -> this.fr;
		};
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
