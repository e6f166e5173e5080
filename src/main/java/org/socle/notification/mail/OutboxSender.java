package org.socle.notification.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.identity.UserContact;
import org.socle.identity.UserContacts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's due messages, one transaction each: the message is locked
 * ({@code FOR UPDATE SKIP LOCKED}) while it is sent, so two nodes never send the same
 * one; a failure is retried later with a doubled wait, and given up (FAILED) after
 * {@code socle.mail.max-attempts}. A message whose recipient no longer wants it (account
 * disabled or deleted since it was queued, e-mail turned off) is cancelled, not sent.
 * Runs every {@code socle.mail.send-interval}, never in a user's request.
 */
@Service
public class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final OutboxRepository outbox;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MailSettings settings;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final UserContacts contacts;

	OutboxSender(OutboxRepository outbox, ObjectProvider<JavaMailSender> mailSender, MailSettings settings,
			TransactionTemplate transaction, Clock clock, UserContacts contacts) {
		this.outbox = outbox;
		this.mailSender = mailSender;
		this.settings = settings;
		this.transaction = transaction;
		this.clock = clock;
		this.contacts = contacts;
	}

	@Scheduled(fixedDelayString = "${socle.mail.send-interval:PT1M}",
			initialDelayString = "${socle.mail.send-initial-delay:PT1M}")
	@SchedulerLock(name = "email-outbox-sender", lockAtMostFor = "PT10M")
	void sendDueMessages() {
		int sent = sendDue(this.clock.instant());
		if (sent > 0) {
			log.info("Sent {} e-mails of the outbox", sent);
		}
	}

	/**
	 * Tries the messages due at {@code now}, at most {@code socle.mail.batch-size};
	 * returns how many were sent. Nothing without e-mail on and an SMTP server
	 * ({@code spring.mail.host}).
	 */
	public int sendDue(Instant now) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (!this.settings.enabled() || sender == null) {
			return 0;
		}
		int sent = 0;
		for (int i = 0; i < this.settings.batchSize(); i++) {
			OutboxStatus outcome = this.transaction.execute((status) -> sendNext(sender, now));
			if (outcome == null) {
				break;
			}
			if (outcome == OutboxStatus.SENT) {
				sent++;
			}
		}
		return sent;
	}

	/** The status of the message tried, or null when none is due. */
	private OutboxStatus sendNext(JavaMailSender sender, Instant now) {
		OutboxMessage message = this.outbox.claimNextDue(now).flatMap(this.outbox::findById).orElse(null);
		if (message == null) {
			return null;
		}
		if (!recipientStillWantsIt(message)) {
			message.cancelled();
			return message.getStatus();
		}
		try {
			sender.send((mime) -> {
				MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
				helper.setFrom(this.settings.from());
				helper.setTo(message.getToAddress());
				helper.setSubject(message.getSubject());
				helper.setText(message.getTextBody(), message.getHtmlBody());
			});
			message.sent(now);
		}
		catch (MailException ex) {
			log.warn("E-mail {} not sent (attempt {}): {}", message.getId(), message.getAttempts() + 1,
					ex.getMessage());
			message.failed(now, String.valueOf(ex.getMessage()), this.settings);
		}
		return message.getStatus();
	}

	/**
	 * Checked again when the message's turn comes: it may have waited (retries, a digest
	 * queued in the morning) while its recipient's account was disabled or their
	 * preference changed.
	 */
	private boolean recipientStillWantsIt(OutboxMessage message) {
		Long recipient = message.getRecipientId();
		return recipient != null && this.contacts.find(recipient).filter(UserContact::wantsEmail).isPresent();
	}

}
