package org.socle.notification;

import java.util.List;

/**
 * One thing to tell one person.
 *
 * @param eventKey names the event, the same on every node and retry (for example
 * {@code action-overdue:42:2026-12-04}): a person gets one notice per event key
 * @param recipientId the user told
 * @param arguments the values of the translated text's placeholders, in order (names, not
 * codes)
 * @param link the application path of the record concerned, such as
 * {@code /assessments/7}
 */
public record Notice(String eventKey, long recipientId, NoticeType type, List<String> arguments, String link) {

	public Notice {
		arguments = List.copyOf(arguments);
	}

}
