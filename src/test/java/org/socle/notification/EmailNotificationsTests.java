package org.socle.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;
import org.socle.notification.mail.DailyDigest;
import org.socle.notification.mail.OutboxSender;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Notices by e-mail, through a real SMTP server (GreenMail): queued in the outbox with
 * the notice, sent by the outbox's job (called here, as the scheduler would), in the
 * recipient's language, retried after an SMTP failure, gathered in a daily digest.
 */
@SocleTest
class EmailNotificationsTests {

	@RegisterExtension
	static final SmtpServer greenMail = new SmtpServer();

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	NotificationFixtures notices;

	@Autowired
	OutboxSender sender;

	@Autowired
	OutboxDrain outbox;

	@Autowired
	DailyDigest digest;

	@Autowired
	JavaMailSenderImpl mailSender;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aNoticeArrivesByEmailInItsRecipientsLanguage() {
		SocleUser french = account("t-mail-fr", "IMMEDIATE", null);
		SocleUser arabic = account("t-mail-ar", "IMMEDIATE", "ar");
		// a returned assessment's arguments: the name in French and in Arabic, the
		// comment
		this.notices.notice(french, "mail-language:1", "Dar Al Atfal", "دار الأطفال", "Pièces manquantes");
		this.notices.notice(arabic, "mail-language:1", "Dar Al Atfal", "دار الأطفال", "Pièces manquantes");

		this.outbox.sendAllDue(Instant.now());

		MailBox.Mail fr = single(french);
		assertThat(fr.subject()).startsWith("Socle : ");
		assertThat(fr.html()).contains("lang=\"fr\"", "dir=\"ltr\"", "Ouvrir dans Socle", "Dar Al Atfal",
				"href=\"http://localhost:8080/assessments/1\"");
		assertThat(fr.text()).contains("http://localhost:8080/assessments/1", "préférences");
		MailBox.Mail ar = single(arabic);
		assertThat(ar.subject()).startsWith("Socle: ").isNotEqualTo(fr.subject());
		assertThat(ar.html()).contains("lang=\"ar\"", "dir=\"rtl\"", "فتح في Socle", "دار الأطفال");
		assertThat(ar.text()).contains("تصلك هذه الرسالة", "دار الأطفال");
	}

	@Test
	void neverSendsNoEmailButTheNoticeIsInTheApplication() throws Exception {
		SocleUser never = account("t-mail-never", "NEVER", null);
		SocleUser noAddress = account("t-mail-noaddress", "IMMEDIATE", null);
		this.jdbc.update("update app_user set email = '' where id = ?", noAddress.id());
		this.notices.notice(never, "mail-never:1", "Never");
		this.notices.notice(noAddress, "mail-never:1", "Nowhere");

		assertThat(queued(never) + queued(noAddress)).isZero();
		this.outbox.sendAllDue(Instant.now());
		assertThat(MailBox.of(greenMail, address(never)).mails()).isEmpty();
		this.mvc.perform(get("/notifications").with(user(never)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Never")));
	}

	@Test
	void theSameEventTwiceIsOneNoticeAndOneEmail() {
		SocleUser user = account("t-mail-twice", "IMMEDIATE", null);
		this.notices.notice(user, "mail-twice:1", "Once");
		this.notices.notice(user, "mail-twice:1", "Once");

		assertThat(this.jdbc.queryForObject("select count(*) from notification where recipient_id = ?", Long.class,
				user.id()))
			.isOne();
		assertThat(queued(user)).isOne();
	}

	@Test
	void theDailyDigestGathersTheUnreadNoticesInOneEmailOnceADay() {
		SocleUser user = account("t-mail-digest", "DAILY_DIGEST", "en");
		this.notices.notice(user, "mail-digest:1", "First home");
		this.notices.notice(user, "mail-digest:2", "Second home");
		this.notices.notice(user, "mail-digest:3", "Third home");
		assertThat(queued(user)).as("nothing at once for a digest reader").isZero();

		// other tests' digest readers may get theirs in the same run
		this.digest.queueDigests();
		assertThat(queued(user)).isOne();
		this.digest.queueDigests();
		assertThat(queued(user)).as("once per user and day").isOne();
		this.outbox.sendAllDue(Instant.now());

		MailBox.Mail mail = single(user);
		assertThat(mail.subject()).isEqualTo("Socle — unread notifications: 3");
		assertThat(mail.html()).contains("First home", "Second home", "Third home", "lang=\"en\"");
	}

	@Test
	void anSmtpFailureIsRetriedLaterWithoutLosingTheMessage() {
		SocleUser user = account("t-mail-retry", "IMMEDIATE", null);
		this.notices.notice(user, "mail-retry:1", "Retry");
		Instant now = Instant.now();

		this.mailSender.setPort(SmtpServer.CLOSED_PORT);
		this.outbox.sendAllDue(now);
		assertThat(outbox(user)).containsEntry("status", "PENDING").containsEntry("attempts", 1);
		assertThat((String) outbox(user).get("last_error")).isNotBlank();

		this.mailSender.setPort(greenMail.getSmtp().getPort());
		this.outbox.sendAllDue(now.plusSeconds(10));
		assertThat(MailBox.of(greenMail, address(user)).mails()).as("not due yet: back-off").isEmpty();
		this.outbox.sendAllDue(now.plus(Duration.ofMinutes(2)));
		assertThat(outbox(user)).containsEntry("status", "SENT").containsEntry("attempts", 2);
		assertThat(single(user).html()).contains("Retry");
	}

	@Test
	void aMessageThatKeepsFailingIsGivenUpAndAnAdminSendsItAgain() throws Exception {
		SocleUser user = account("t-mail-failed", "IMMEDIATE", null);
		this.notices.notice(user, "mail-failed:1", "Given up");
		this.mailSender.setPort(SmtpServer.CLOSED_PORT);
		Instant at = Instant.now();
		for (int attempt = 0; attempt < 8; attempt++) {
			this.outbox.sendAllDue(at);
			at = at.plus(Duration.ofDays(1));
		}
		assertThat(outbox(user)).containsEntry("status", "FAILED").containsEntry("attempts", 8);

		long id = ((Number) outbox(user).get("id")).longValue();
		this.mvc.perform(get("/admin/outbox").param("status", "FAILED").with(user(this.identity.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(address(user))));
		this.mvc.perform(post("/admin/outbox/" + id + "/resend").with(csrf()).with(user(this.identity.admin())))
			.andExpect(status().is3xxRedirection());
		assertThat(outbox(user)).containsEntry("status", "PENDING").containsEntry("attempts", 0);

		this.mailSender.setPort(greenMail.getSmtp().getPort());
		this.outbox.sendAllDue(at);
		assertThat(outbox(user)).containsEntry("status", "SENT");
		assertThat(single(user).html()).contains("Given up");
	}

	@Test
	void aMessageWhoseRecipientWasDisabledOrTurnedEmailOffSinceIsCancelledNotSent() throws Exception {
		SocleUser disabled = account("t-mail-cancel-disabled", "IMMEDIATE", null);
		SocleUser never = account("t-mail-cancel-never", "IMMEDIATE", null);
		SocleUser still = account("t-mail-cancel-still", "IMMEDIATE", null);
		for (SocleUser user : List.of(disabled, never, still)) {
			this.notices.notice(user, "mail-cancel:1", "Cancelled or not");
			assertThat(queued(user)).isOne();
		}
		this.jdbc.update("update app_user set enabled = false where id = ?", disabled.id());
		this.notices.preferences(never, "NEVER", null, address(never));

		this.outbox.sendAllDue(Instant.now());

		for (SocleUser user : List.of(disabled, never)) {
			assertThat(outbox(user)).as(user.getUsername())
				.containsEntry("status", "CANCELLED")
				.containsEntry("attempts", 0);
			assertThat(MailBox.of(greenMail, address(user)).mails()).as(user.getUsername()).isEmpty();
		}
		assertThat(outbox(still)).containsEntry("status", "SENT");
		assertThat(single(still).html()).contains("Cancelled or not");
		this.mvc.perform(get("/admin/outbox").param("status", "CANCELLED").with(user(this.identity.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(address(disabled)), containsString(address(never)),
					containsString("Annulé (compte désactivé ou courriels refusés)"),
					not(containsString(address(still))))));
	}

	@Test
	void twoNodesRunningTheJobsAtOnceQueueOneDigestAndSendEachMessageOnce() throws Exception {
		SocleUser reader = account("t-mail-race-digest", "DAILY_DIGEST", null);
		SocleUser immediate = account("t-mail-race-send", "IMMEDIATE", null);
		this.notices.notice(reader, "race:1", "Race");
		for (int i = 0; i < 6; i++) {
			this.notices.notice(immediate, "race:" + i, "Race " + i);
		}
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			Callable<Integer> digests = this.digest::queueDigests;
			for (Future<Integer> run : nodes.invokeAll(List.of(digests, digests))) {
				run.get();
			}
			assertThat(queued(reader)).isOne();
			Instant now = Instant.now();
			Callable<Integer> sending = () -> this.sender.sendDue(now);
			for (Future<Integer> run : nodes.invokeAll(List.of(sending, sending))) {
				run.get();
			}
		}
		finally {
			nodes.shutdown();
		}
		this.outbox.sendAllDue(Instant.now());
		assertThat(MailBox.of(greenMail, address(immediate)).mails()).hasSize(6);
		assertThat(MailBox.of(greenMail, address(reader)).mails()).hasSize(1);
	}

	private SocleUser account(String username, String emailMode, String language) {
		SocleUser user = this.identity.user(username, Role.AUDITOR, null);
		this.notices.preferences(user, emailMode, language, address(user));
		return user;
	}

	private static String address(SocleUser user) {
		return user.getUsername() + "@mail.test.ma";
	}

	private long queued(SocleUser user) {
		return this.jdbc.queryForObject("select count(*) from email_outbox where recipient_id = ?", Long.class,
				user.id());
	}

	private Map<String, Object> outbox(SocleUser user) {
		return this.jdbc.queryForMap("select * from email_outbox where recipient_id = ?", user.id());
	}

	private MailBox.Mail single(SocleUser user) {
		List<MailBox.Mail> mails = MailBox.of(greenMail, address(user)).mails();
		assertThat(mails).hasSize(1);
		return mails.get(0);
	}

}
