package org.socle.notification.mail;

import java.time.Instant;

/** A line of the admins' outbox list. */
public record OutboxRow(long id, String toAddress, String subject, OutboxStatus status, int attempts,
		Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {

}
