package org.socle.notification.delivery;

import org.socle.notification.Notice;
import org.socle.notification.Notifications;
import org.socle.notification.inbox.Inbox;
import org.socle.notification.mail.EmailQueue;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Notifications}: the notice joins its recipient's list and, the first time only,
 * its e-mail is queued, both in the caller's transaction.
 */
@Service
class NotificationService implements Notifications {

	private final Inbox inbox;

	private final EmailQueue emails;

	NotificationService(Inbox inbox, EmailQueue emails) {
		this.inbox = inbox;
		this.emails = emails;
	}

	@Override
	@Transactional
	public void notify(Notice notice) {
		if (this.inbox.store(notice)) {
			this.emails.noticeStored(notice);
		}
	}

}
