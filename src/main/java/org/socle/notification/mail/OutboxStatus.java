package org.socle.notification.mail;

/** Where an e-mail of the outbox is. */
public enum OutboxStatus {

	/** To send, at its next attempt time. */
	PENDING,

	/** Accepted by the SMTP server. */
	SENT,

	/** Given up after the last attempt; an admin may send it again. */
	FAILED,

	/**
	 * Not sent: when its turn came, its recipient's account was disabled or deleted, or
	 * they no longer wanted e-mail (preference "never", no address).
	 */
	CANCELLED

}
