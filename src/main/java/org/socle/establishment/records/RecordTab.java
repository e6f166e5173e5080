package org.socle.establishment.records;

import java.util.Locale;

/**
 * The establishment tabs that list records; the committee tab shows both the members and
 * the meetings.
 */
enum RecordTab {

	STAFF, RESOURCES, COMMITTEE;

	/** The tab's URL below the establishment, and its name in the header's tabs. */
	String path() {
		return name().toLowerCase(Locale.ROOT);
	}

	String view() {
		return "establishment/" + path();
	}

}
