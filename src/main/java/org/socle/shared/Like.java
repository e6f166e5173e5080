package org.socle.shared;

import java.util.Locale;

/**
 * Search boxes as SQL {@code LIKE} patterns. The pattern escapes its wildcards with a
 * backslash, so the query must say so: {@code lower(e.name) like :q escape '\'} (in a
 * Java text block, {@code escape '\\'}).
 */
public final class Like {

	private Like() {
	}

	/**
	 * A case-insensitive "contains" pattern for what the user typed: trimmed,
	 * lower-cased, with {@code \}, {@code %} and {@code _} escaped so that they match
	 * themselves.
	 * @param text the search, may be null
	 * @return {@code %text%}, or null when {@code text} is null or blank (no filter)
	 */
	public static String contains(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String escaped = text.strip()
			.toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + escaped + "%";
	}

}
