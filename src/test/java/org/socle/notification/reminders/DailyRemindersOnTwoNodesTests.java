package org.socle.notification.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socle.SocleApplication;
import org.socle.SocleTest;
import org.socle.config.TestDatabaseConfiguration;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.establishment.EstablishmentInfo;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;
import org.socle.notification.Notice;
import org.socle.notification.StoredNotices;
import org.socle.notification.mail.OutboxSender;
import org.socle.notification.reminders.DailyReminders.Check;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application contexts on the same database, as two nodes behind a load balancer,
 * starting the daily job at the same moment: each reminder is stored once and sent by
 * e-mail once (GreenMail), whether ShedLock lets one node run the job or both run a check
 * at once. The second context costs one application start, shared by the class.
 */
@SocleTest
class DailyRemindersOnTwoNodesTests {

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	/** Nothing listens there (the test profile's SMTP port). */
	private static final int CLOSED_PORT = 9;

	private static ConfigurableApplicationContext otherNode;

	@Autowired
	DailyReminders reminders;

	@Autowired
	StoredNotices notices;

	@Autowired
	OutboxSender outbox;

	@Autowired
	JavaMailSenderImpl mailSender;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	Clock clock;

	LocalDate today;

	SocleUser manager;

	SocleUser manager2;

	@BeforeAll
	static void startOtherNode() {
		otherNode = new SpringApplicationBuilder(SocleApplication.class, TestDatabaseConfiguration.class)
			.profiles("test")
			.properties("server.port=0", "spring.main.banner-mode=off", "spring.application.name=socle-other-node")
			.run();
	}

	@AfterAll
	static void stopOtherNode() {
		if (otherNode != null) {
			otherNode.close();
		}
	}

	@BeforeEach
	void managersAndSmtpServer() {
		this.today = LocalDate.now(this.clock);
		long organisation = this.identity.organisation("Notify Org Two Nodes");
		this.manager = this.identity.user("t-n2-manager", Role.MANAGER, organisation);
		this.manager2 = this.identity.user("t-n2-manager-2", Role.MANAGER, organisation);
		this.mailSender.setPort(greenMail.getSmtp().getPort());
	}

	@AfterEach
	void noSmtpServer() {
		this.mailSender.setPort(CLOSED_PORT);
	}

	@Test
	void bothNodesStartingTheDailyJobAtOnceTellEachReminderOnce() {
		String key = expiredAuthorisation("Rappels deux nœuds", this.today.minusDays(3));

		atOnceOnBothNodes(DailyReminders::runDailyChecks);

		assertToldOnceByEmail(key);
	}

	@Test
	void bothNodesRunningACheckAtOnceWithoutTheLockStillTellOnce() {
		String key = expiredAuthorisation("Rappels deux nœuds sans verrou", this.today.minusDays(5));

		atOnceOnBothNodes((node) -> node.run(Check.AUTHORISATIONS, this.today));

		assertToldOnceByEmail(key);
	}

	private String expiredAuthorisation(String name, LocalDate expiry) {
		EstablishmentInfo establishment = this.establishments.establishment(name, this.manager.organisationId(),
				(form) -> form.setAuthorisationExpiry(expiry));
		return "authorisation-expired:" + establishment.id() + ":" + expiry;
	}

	private void atOnceOnBothNodes(Consumer<DailyReminders> work) {
		CountDownLatch start = new CountDownLatch(1);
		CompletableFuture<?>[] runs = Stream.of(this.reminders, otherNode.getBean(DailyReminders.class))
			.map((node) -> CompletableFuture.runAsync(() -> {
				awaitQuietly(start);
				work.accept(node);
			}))
			.toArray(CompletableFuture[]::new);
		start.countDown();
		CompletableFuture.allOf(runs).join();
	}

	private void assertToldOnceByEmail(String key) {
		List<Notice> told = this.notices.withKey(key);
		assertThat(told).extracting(Notice::recipientId)
			.containsExactlyInAnyOrder(this.manager.id(), this.manager2.id());
		while (this.outbox.sendDue(Instant.now()) > 0) {
			// the outbox sends in batches
		}
		for (SocleUser recipient : List.of(this.manager, this.manager2)) {
			assertThat(subjects(recipient)).as(recipient.getUsername())
				.containsOnlyOnce("Socle : Autorisation expirée");
		}
	}

	private static List<String> subjects(SocleUser user) {
		return Arrays.stream(greenMail.getReceivedMessagesForDomain(user.getUsername() + "@test.ma"))
			.map(DailyRemindersOnTwoNodesTests::subject)
			.toList();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
