package org.socle.notification.inbox;

import java.time.Instant;
import java.util.List;

import org.socle.notification.NoticeType;

/** A notice as lists show it, before translation. */
public record NoticeRow(long id, NoticeType type, List<String> arguments, String link, Instant createdAt,
		Instant readAt) {

	public boolean unread() {
		return this.readAt == null;
	}

}
