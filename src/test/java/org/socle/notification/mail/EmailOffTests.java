package org.socle.notification.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;
import org.socle.identity.UserContacts;
import org.socle.notification.Notice;
import org.socle.notification.NoticeType;
import org.socle.notification.NotificationFixtures;
import org.socle.notification.inbox.NoticeRepository;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mail is off unless configured ({@code socle.mail.enabled=false}, the default): a
 * notice queues no e-mail, the sender leaves waiting messages alone and no digest is
 * queued; the notices stay in the application. The tests' profile turns e-mail on for the
 * shared context, so the jobs are built here with the settings bound from an empty
 * configuration, around the context's beans.
 */
@SocleTest
class EmailOffTests {

	private static final MailSettings DEFAULTS = new Binder(new MapConfigurationPropertySource())
		.bindOrCreate("socle.mail", MailSettings.class);

	@Autowired
	IdentityFixtures identity;

	@Autowired
	NotificationFixtures notices;

	@Autowired
	UserContacts contacts;

	@Autowired
	MailComposer composer;

	@Autowired
	OutboxRepository outbox;

	@Autowired
	NoticeRepository noticeRows;

	@Autowired
	DigestRepository digests;

	@Autowired
	ObjectProvider<JavaMailSender> mailSender;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void emailIsOffByDefault() {
		assertThat(DEFAULTS.enabled()).isFalse();
	}

	@Test
	void aNoticeQueuesNoEmail() {
		SocleUser reader = reader("t-mail-off-notice", "IMMEDIATE");
		EmailQueue queue = new EmailQueue(DEFAULTS, this.contacts, this.composer, this.outbox, this.clock);

		this.transaction.executeWithoutResult((status) -> queue.noticeStored(
				new Notice("mail-off:1", reader.id(), NoticeType.ASSESSMENT_DUE, List.of("Foyer", "دار"), "/")));

		assertThat(queued(reader)).isZero();
	}

	@Test
	void theSenderLeavesAWaitingMessageAlone() {
		SocleUser reader = reader("t-mail-off-sender", "IMMEDIATE");
		// queued while e-mail was on (the context's own queue)
		this.notices.notice(reader, "mail-off:2", "Waiting");
		OutboxSender sender = new OutboxSender(this.outbox, this.mailSender, DEFAULTS, this.transaction, this.clock,
				this.contacts);

		List<Map<String, Object>> before = outboxStates();

		assertThat(sender.sendDue(Instant.now().plusSeconds(60))).isZero();

		assertThat(outboxStates()).as("no message tried, sent or cancelled").isEqualTo(before);
		assertThat(
				this.jdbc.queryForMap("select status, attempts from email_outbox where recipient_id = ?", reader.id()))
			.containsEntry("status", "PENDING")
			.containsEntry("attempts", 0);
	}

	@Test
	void noDigestIsQueued() {
		SocleUser reader = reader("t-mail-off-digest", "DAILY_DIGEST");
		this.notices.notice(reader, "mail-off:3", "Unread");
		DailyDigest digest = new DailyDigest(this.contacts, this.noticeRows, this.digests, this.composer, this.outbox,
				DEFAULTS, this.transaction, this.clock);

		assertThat(digest.queueDigests()).isZero();

		assertThat(queued(reader)).isZero();
		assertThat(this.digests.lastCoveredUntil(reader.id())).isEmpty();
	}

	private SocleUser reader(String username, String emailMode) {
		SocleUser reader = this.identity.user(username, Role.MANAGER,
				this.identity.organisation("Notify Org Mail Off"));
		this.notices.preferences(reader, emailMode, null, username + "@mail.test.ma");
		return reader;
	}

	private List<Map<String, Object>> outboxStates() {
		return this.jdbc.queryForList("select id, status, attempts, next_attempt_at from email_outbox order by id");
	}

	private long queued(SocleUser user) {
		return this.jdbc.queryForObject("select count(*) from email_outbox where recipient_id = ?", Long.class,
				user.id());
	}

}
