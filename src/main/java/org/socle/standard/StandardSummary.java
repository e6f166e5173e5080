package org.socle.standard;

import java.time.Instant;

/**
 * One version of a standard, without its tree.
 *
 * @param version {@code MAJOR.MINOR}, e.g. {@code 1.0}
 * @param publishedAt null for a draft
 * @param retiredAt null unless retired
 */
public record StandardSummary(long id, String code, String version, LocalizedText title, StandardStatus status,
		Instant publishedAt, Instant retiredAt) {

	/** {@code SOCLE-EPS 1.0}. */
	public String label() {
		return this.code + " " + this.version;
	}

}
