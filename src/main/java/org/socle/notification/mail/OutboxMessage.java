package org.socle.notification.mail;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.socle.shared.AuditedEntity;

/**
 * An e-mail to send, written in the transaction of what it tells and sent later by
 * {@link OutboxSender}, never in the user's request. Its subject and bodies are rendered
 * when it is queued, in the recipient's language.
 */
@Entity
@Table(name = "email_outbox")
public class OutboxMessage extends AuditedEntity {

	/** The longest error kept (the column's size). */
	private static final int ERROR_LENGTH = 1000;

	@Column(updatable = false)
	private Long recipientId;

	@Column(nullable = false, updatable = false)
	private String toAddress;

	@Column(nullable = false, updatable = false)
	private String subject;

	@Column(nullable = false, updatable = false)
	private String htmlBody;

	@Column(nullable = false, updatable = false)
	private String textBody;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OutboxStatus status = OutboxStatus.PENDING;

	private int attempts;

	@Column(nullable = false)
	private Instant nextAttemptAt;

	private String lastError;

	private Instant sentAt;

	protected OutboxMessage() {
	}

	OutboxMessage(long recipientId, String toAddress, ComposedMail mail, Instant now) {
		this.recipientId = recipientId;
		this.toAddress = toAddress;
		this.subject = mail.subject();
		this.htmlBody = mail.html();
		this.textBody = mail.text();
		this.nextAttemptAt = now;
	}

	void sent(Instant at) {
		this.attempts++;
		this.status = OutboxStatus.SENT;
		this.sentAt = at;
		this.lastError = null;
	}

	/**
	 * A failed attempt: retried after a longer wait each time, given up after the last.
	 */
	void failed(Instant at, String error, MailSettings settings) {
		this.attempts++;
		this.lastError = (error.length() > ERROR_LENGTH) ? error.substring(0, ERROR_LENGTH) : error;
		if (this.attempts >= settings.maxAttempts()) {
			this.status = OutboxStatus.FAILED;
		}
		else {
			this.nextAttemptAt = at.plus(settings.backOff(this.attempts));
		}
	}

	/** Its recipient no longer wants it: never sent. */
	void cancelled() {
		this.status = OutboxStatus.CANCELLED;
	}

	/** A given-up message goes back to the queue, with all its attempts again. */
	boolean resend(Instant now) {
		if (this.status != OutboxStatus.FAILED) {
			return false;
		}
		this.status = OutboxStatus.PENDING;
		this.attempts = 0;
		this.nextAttemptAt = now;
		return true;
	}

	Long getRecipientId() {
		return this.recipientId;
	}

	String getToAddress() {
		return this.toAddress;
	}

	String getSubject() {
		return this.subject;
	}

	String getHtmlBody() {
		return this.htmlBody;
	}

	String getTextBody() {
		return this.textBody;
	}

	public OutboxStatus getStatus() {
		return this.status;
	}

	public int getAttempts() {
		return this.attempts;
	}

	public Instant getNextAttemptAt() {
		return this.nextAttemptAt;
	}

	public String getLastError() {
		return this.lastError;
	}

}
