package org.socle.notification.mail;

import java.time.Clock;

import org.socle.identity.EmailMode;
import org.socle.identity.UserContacts;
import org.socle.notification.Notice;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues the e-mail of a new notice in the caller's transaction, when e-mail is on and
 * its recipient wants one e-mail per notice and has an address; the others get it in
 * their daily digest ({@link DailyDigest}) or only in the application.
 */
@Service
@EnableConfigurationProperties(MailSettings.class)
public class EmailQueue {

	private final MailSettings settings;

	private final UserContacts contacts;

	private final MailComposer composer;

	private final OutboxRepository outbox;

	private final Clock clock;

	EmailQueue(MailSettings settings, UserContacts contacts, MailComposer composer, OutboxRepository outbox,
			Clock clock) {
		this.settings = settings;
		this.contacts = contacts;
		this.composer = composer;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void noticeStored(Notice notice) {
		if (!this.settings.enabled()) {
			return;
		}
		this.contacts.find(notice.recipientId())
			.filter((contact) -> contact.receivesEmail(EmailMode.IMMEDIATE))
			.ifPresent((contact) -> this.outbox.save(new OutboxMessage(contact.userId(), contact.email(),
					this.composer.notice(notice.type(), notice.arguments(), notice.link(), contact.locale()),
					this.clock.instant())));
	}

}
