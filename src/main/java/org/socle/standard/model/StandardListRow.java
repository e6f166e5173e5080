package org.socle.standard.model;

import java.time.Instant;

import org.socle.standard.LocalizedText;
import org.socle.standard.StandardStatus;

/**
 * A line of the standards list, read straight from SQL.
 */
public record StandardListRow(long id, String code, String version, String titleFr, String titleAr, String titleEn,
		StandardStatus status, Instant publishedAt, Instant retiredAt, long indicatorCount) {

	public LocalizedText title() {
		return new LocalizedText(this.titleFr, this.titleAr, this.titleEn);
	}

}
