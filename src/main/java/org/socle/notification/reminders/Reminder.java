package org.socle.notification.reminders;

import java.util.List;

import org.socle.notification.NoticeType;

/**
 * Something due about one establishment, to tell its organisation's managers.
 *
 * @param eventKey the same on every run while nothing changes, so that each manager is
 * told once
 */
record Reminder(String eventKey, NoticeType type, long organisationId, List<String> arguments, String link) {

}
