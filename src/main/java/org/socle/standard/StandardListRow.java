package org.socle.standard;

import java.time.Instant;

/**
 * A line of the standards list, read straight from SQL.
 */
record StandardListRow(long id, String code, String version, String titleFr, String titleAr, String titleEn,
		StandardStatus status, Instant publishedAt, Instant retiredAt, long indicatorCount) {

	LocalizedText title() {
		return new LocalizedText(this.titleFr, this.titleAr, this.titleEn);
	}

}
