package org.socle.notification.mail;

/** Where an e-mail of the outbox is. */
public enum OutboxStatus {

	/** To send, at its next attempt time. */
	PENDING,

	/** Accepted by the SMTP server. */
	SENT,

	/** Given up after the last attempt; an admin may send it again. */
	FAILED

}
