package org.socle.notification.inbox;

import java.time.Instant;

/** A notice on the notifications page, translated. */
record NoticeView(long id, String title, String text, String link, Instant createdAt, boolean unread) {

}
