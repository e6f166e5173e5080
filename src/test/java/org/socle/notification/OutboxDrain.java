package org.socle.notification;

import java.sql.Timestamp;
import java.time.Instant;

import org.socle.notification.mail.OutboxSender;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs the outbox's sender as its scheduled job would, until nothing is due (the tests'
 * profile keeps the scheduler still).
 */
@Component
public class OutboxDrain {

	private final OutboxSender sender;

	private final JdbcTemplate jdbc;

	OutboxDrain(OutboxSender sender, JdbcTemplate jdbc) {
		this.sender = sender;
		this.jdbc = jdbc;
	}

	/** Sends everything due at {@code now}, other tests' messages included. */
	public void sendAllDue(Instant now) {
		for (int run = 0; run < 100 && due(now) > 0; run++) {
			this.sender.sendDue(now);
		}
	}

	private long due(Instant now) {
		return this.jdbc.queryForObject(
				"select count(*) from email_outbox where status = 'PENDING' and next_attempt_at <= ?", Long.class,
				Timestamp.from(now));
	}

}
