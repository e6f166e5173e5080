package org.socle.notification;

import java.util.List;

import org.socle.identity.SocleUser;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Notices for tests, written through the API as other modules write them. */
@Component
public class NotificationFixtures {

	private final Notifications notifications;

	private final TransactionTemplate transaction;

	private final JdbcTemplate jdbc;

	NotificationFixtures(Notifications notifications, TransactionTemplate transaction, JdbcTemplate jdbc) {
		this.notifications = notifications;
		this.transaction = transaction;
		this.jdbc = jdbc;
	}

	/**
	 * Tells the user about a returned assessment (once per key); returns the notice's id.
	 */
	public long notice(SocleUser user, String eventKey, String... arguments) {
		return notice(user, eventKey, NoticeType.ASSESSMENT_RETURNED, List.of(arguments), "/assessments/1");
	}

	/** Tells the user about an event (once per key); returns the notice's id. */
	public long notice(SocleUser user, String eventKey, NoticeType type, List<String> arguments, String link) {
		this.transaction.executeWithoutResult(
				(status) -> this.notifications.notify(new Notice(eventKey, user.id(), type, arguments, link)));
		return this.jdbc.queryForObject("select id from notification where event_key = ? and recipient_id = ?",
				Long.class, eventKey, user.id());
	}

	/** One notice of the user's own, the same on every call. */
	public long sharedNotice(SocleUser user) {
		return notice(user, "test-shared:" + user.id(), "Fixture");
	}

	/** Sets the user's e-mail mode, language (fr, ar, en or null) and address. */
	public void preferences(SocleUser user, String emailMode, String language, String email) {
		this.jdbc.update("update app_user set email_mode = ?, preferred_language = ?, email = ? where id = ?",
				emailMode, language, email, user.id());
	}

	/**
	 * An e-mail of the outbox, given up (once; an admin may have sent it again since).
	 */
	public long failedEmail() {
		List<Long> existing = this.jdbc.queryForList("select id from email_outbox where to_address = 'failed@test.ma'",
				Long.class);
		if (!existing.isEmpty()) {
			return existing.get(0);
		}
		return this.jdbc.queryForObject(
				"""
						INSERT INTO email_outbox (to_address, subject, html_body, text_body, status, attempts, next_attempt_at,
						                          last_error, created_at, updated_at)
						VALUES ('failed@test.ma', 'Fixture', '<p>x</p>', 'x', 'FAILED', 8, now(), 'Connection refused', now(), now())
						RETURNING id
						""",
				Long.class);
	}

}
