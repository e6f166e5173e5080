package org.socle.notification.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.identity.EmailMode;
import org.socle.identity.UserContact;
import org.socle.identity.UserContacts;
import org.socle.notification.inbox.NoticeRepository;
import org.socle.notification.inbox.NoticeRow;

import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day (at {@code socle.notification.digest-cron}, Africa/Casablanca), queues for
 * each user who chose the daily digest one e-mail gathering their notices created since
 * their previous digest and still unread. At most one digest per user and day, whatever
 * the number of nodes or runs; a user with nothing new gets none.
 */
@Service
public class DailyDigest {

	private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

	/** The most notices one digest lists (the others stay in the application). */
	static final int MAX_NOTICES = 100;

	private final UserContacts contacts;

	private final NoticeRepository notices;

	private final DigestRepository digests;

	private final MailComposer composer;

	private final OutboxRepository outbox;

	private final MailSettings settings;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DailyDigest(UserContacts contacts, NoticeRepository notices, DigestRepository digests, MailComposer composer,
			OutboxRepository outbox, MailSettings settings, TransactionTemplate transaction, Clock clock) {
		this.contacts = contacts;
		this.notices = notices;
		this.digests = digests;
		this.composer = composer;
		this.outbox = outbox;
		this.settings = settings;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Scheduled(cron = "${socle.notification.digest-cron:0 0 7 * * *}", zone = "${socle.time-zone:Africa/Casablanca}")
	@SchedulerLock(name = "notification-daily-digest", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	void queueDailyDigests() {
		int queued = queueDigests();
		log.info("Queued {} daily digests", queued);
	}

	/** Queues today's digests (the application's day); returns how many were queued. */
	public int queueDigests() {
		if (!this.settings.enabled()) {
			return 0;
		}
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.now(this.clock);
		int queued = 0;
		for (UserContact contact : this.contacts.reachableByEmail(EmailMode.DAILY_DIGEST)) {
			if (Boolean.TRUE.equals(this.transaction.execute((status) -> queueDigest(contact, today, now)))) {
				queued++;
			}
		}
		return queued;
	}

	private boolean queueDigest(UserContact contact, LocalDate day, Instant now) {
		Instant after = this.digests.lastCoveredUntil(contact.userId()).orElse(Instant.EPOCH);
		List<NoticeRow> unread = this.notices.findUnread(contact.userId(), after, now, Limit.of(MAX_NOTICES));
		if (unread.isEmpty() || this.digests.insert(contact.userId(), day, now, unread.size()) == 0) {
			return false;
		}
		this.outbox.save(new OutboxMessage(contact.userId(), contact.email(),
				this.composer.digest(unread, contact.locale()), now));
		return true;
	}

}
