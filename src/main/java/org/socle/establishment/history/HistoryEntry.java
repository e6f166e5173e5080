package org.socle.establishment.history;

import java.time.Instant;
import java.util.List;

/**
 * One change on the history tab: who, when, which record, what changed.
 *
 * @param kind the record type ({@code ESTABLISHMENT}, {@code STAFF}, {@code MEMBER},
 * {@code MEETING}, {@code RESOURCES})
 * @param action {@code ADD}, {@code MOD} or {@code DEL}
 * @param subject what the record is called (a person's name, a date, a year)
 */
record HistoryEntry(long revision, Instant at, String username, String kind, String action, String subject,
		List<Change> changes) {

	/**
	 * A field that changed; values are shown as text, or translated when a key is set.
	 */
	record Change(String labelKey, Value before, Value after) {
	}

	record Value(String text, String key) {

		static final Value NONE = new Value(null, null);

		boolean empty() {
			return this.text == null && this.key == null;
		}

	}

}
