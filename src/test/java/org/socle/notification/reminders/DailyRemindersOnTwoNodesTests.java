package org.socle.notification.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socle.SocleApplication;
import org.socle.SocleTest;
import org.socle.config.TestDatabaseConfiguration;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.establishment.EstablishmentInfo;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;
import org.socle.notification.Notice;
import org.socle.notification.RecordingNotifications;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application contexts on the same database, as two nodes behind a load balancer,
 * both starting the daily job at the same moment: each reminder is handed over once. The
 * second context costs one application start; it is shared by the class and closed after
 * it.
 */
@SocleTest
class DailyRemindersOnTwoNodesTests {

	private static ConfigurableApplicationContext otherNode;

	@Autowired
	DailyReminders reminders;

	@Autowired
	RecordingNotifications notices;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	Clock clock;

	@BeforeAll
	static void startOtherNode() {
		otherNode = new SpringApplicationBuilder(SocleApplication.class, TestDatabaseConfiguration.class,
				RecordingNotifications.Configuration.class)
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

	@Test
	void bothNodesRunningTheDailyJobAtOnceTellEachReminderOnce() {
		LocalDate today = LocalDate.now(this.clock);
		long organisation = this.identity.organisation("Notify Org Two Nodes");
		SocleUser manager = this.identity.user("t-n2-manager", Role.MANAGER, organisation);
		SocleUser manager2 = this.identity.user("t-n2-manager-2", Role.MANAGER, organisation);
		EstablishmentInfo expired = this.establishments.establishment("Rappels deux nœuds", organisation,
				(form) -> form.setAuthorisationExpiry(today.minusDays(3)));
		String key = "authorisation-expired:" + expired.id() + ":" + today.minusDays(3);

		CountDownLatch start = new CountDownLatch(1);
		CompletableFuture<?>[] runs = Stream.of(this.reminders, otherNode.getBean(DailyReminders.class))
			.map((node) -> CompletableFuture.runAsync(() -> {
				awaitQuietly(start);
				node.runDailyChecks();
			}))
			.toArray(CompletableFuture[]::new);
		start.countDown();
		CompletableFuture.allOf(runs).join();

		List<Notice> told = Stream.concat(this.notices.matching((notice) -> notice.eventKey().equals(key)).stream(),
				otherNode.getBean(RecordingNotifications.class)
					.matching((notice) -> notice.eventKey().equals(key))
					.stream())
			.toList();
		assertThat(told).extracting(Notice::recipientId).containsExactlyInAnyOrder(manager.id(), manager2.id());
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
