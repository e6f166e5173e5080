package org.socle.notification.inbox;

import org.socle.identity.SocleUser;

import org.springframework.stereotype.Component;

/**
 * The navigation bar's bell: the count of unread notices, one small query, asked for by
 * every logged-in page once it has loaded ({@code GET /notifications/bell}), and the
 * badge's text ({@code ${@notificationBell.badge(n)}}).
 */
@Component("notificationBell")
class NotificationBell {

	/** Above this, the bell shows "99+" (and the count stops there). */
	static final int CAP = 100;

	private final NoticeRepository notices;

	NotificationBell(NoticeRepository notices) {
		this.notices = notices;
	}

	/** The logged-in user's unread notices, up to {@value #CAP}. */
	public long unread() {
		return this.notices.countUnread(SocleUser.current().id(), CAP);
	}

	/** The badge: the count, or "99+" above 99. */
	public String badge(long unread) {
		return (unread >= CAP) ? "99+" : String.valueOf(unread);
	}

}
