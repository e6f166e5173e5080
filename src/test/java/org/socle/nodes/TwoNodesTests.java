package org.socle.nodes;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socle.assessment.AssessmentFixtures;
import org.socle.assessment.AssessmentKind;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.config.Task;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes behind a load balancer on one PostgreSQL: whichever node a request reaches,
 * the user's session, import previews, evidence files, login failures and scheduled jobs'
 * locks are the same; an account change made on one node ends the sessions on the other;
 * a node that stops finishes its requests first.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTests {

	static final String IMPORT_CSV = """
			last_name;first_name;sex;birth_year;category;admission_date;consent_date;consent_given_by
			Ziani;Amina;F;1948;OLDER_PERSON;2025-01-10;2025-01-10;SELF
			Haddad;Omar;M;1951;OLDER_PERSON;2025-01-12;2025-01-12;SELF
			""";

	static final String PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n";

	@RegisterExtension
	static final TwoNodes nodes = new TwoNodes();

	@Test
	@Order(1)
	void aUserLoggedInOnOneNodeGoesOnOnTheOther() {
		user("n-auditor", Role.AUDITOR);
		Browser browser = nodes.browser();
		browser.login(nodes.a(), "n-auditor");

		Page home = browser.get(nodes.b(), "/");
		assertThat(home.status()).isEqualTo(200);
		assertThat(home.body()).contains("Test n-auditor");

		// a form of a page from A, posted to B: the CSRF token is in the shared session
		// too
		browser.get(nodes.a(), "/establishments");
		assertThat(browser.postForm(nodes.b(), "/logout", Map.of()).location()).isEqualTo("/login?logout");
		assertThat(browser.get(nodes.a(), "/").location()).isEqualTo("/login");
	}

	@Test
	@Order(2)
	void anAccountDisabledOnOneNodeIsLoggedOutOnTheOther() {
		SocleUser target = user("n-disabled", Role.AUDITOR);
		Browser browser = nodes.browser();
		browser.login(nodes.a(), "n-disabled");

		Browser admin = nodes.browser();
		admin.login(nodes.b(), user("n-admin", Role.ADMIN).getUsername());
		String edit = "/admin/users/" + target.id() + "/edit";
		Map<String, String> fields = admin.get(nodes.b(), edit).form("form[action=\"" + edit + "\"]");
		fields.remove("enabled");
		Page saved = admin.postForm(nodes.b(), edit, fields);
		assertThat(saved.location()).as("%s with %s", saved, fields).isEqualTo("/admin/users");

		assertThat(browser.get(nodes.a(), "/").location()).isEqualTo("/login?expired");
		assertThat(browser.get(nodes.b(), "/").location()).as("ended for good").isEqualTo("/login");
		assertThat(admin.get(nodes.a(), "/admin/users").status()).as("the admin's own session goes on").isEqualTo(200);
	}

	@Test
	@Order(3)
	void aSessionIdleLongerThanTheTimeoutIsRefusedOnEitherNode() {
		user("n-idle", Role.AUDITOR);
		Browser browser = nodes.browser();
		browser.login(nodes.a(), "n-idle");
		// 30 minutes, plus the minute within which the last access is not written again
		nodes.b().bean(JdbcTemplate.class).update("""
				update spring_session set last_access_time = last_access_time - 32 * 60 * 1000,
				expiry_time = expiry_time - 32 * 60 * 1000 where principal_name = ?""", "n-idle");

		assertThat(browser.get(nodes.b(), "/").location()).isEqualTo("/login");
		assertThat(browser.get(nodes.a(), "/").location()).isEqualTo("/login");
	}

	@Test
	@Order(4)
	void anImportPreviewedOnOneNodeIsConfirmedOnTheOther() {
		IdentityFixtures identity = nodes.a().bean(IdentityFixtures.class);
		SocleUser manager = identity.managerA();
		long establishment = nodes.a()
			.bean(EstablishmentFixtures.class)
			.establishment("Import sur deux nœuds", manager.organisationId())
			.id();
		Browser browser = nodes.browser();
		browser.login(nodes.a(), manager.getUsername());
		String form = "/establishments/" + establishment + "/beneficiaries/import";
		browser.get(nodes.a(), form);
		Page uploaded = browser.postFile(nodes.a(), form, "deux.csv", IMPORT_CSV.getBytes(StandardCharsets.UTF_8));
		assertThat(uploaded.location()).as("%s", uploaded).startsWith(form + "/");

		Page preview = browser.get(nodes.b(), uploaded.location());
		assertThat(preview.body()).contains("Ziani", "Haddad");
		Page confirmed = browser.postForm(nodes.b(), uploaded.location(),
				preview.form("form[method=post][action=\"" + uploaded.location() + "\"]"));
		assertThat(confirmed.isRedirect()).as("%s", confirmed).isTrue();
		assertThat(nodes.a()
			.bean(JdbcTemplate.class)
			.queryForObject("select count(*) from beneficiary where establishment_id = ?", Long.class, establishment))
			.isEqualTo(2);
	}

	@Test
	@Order(5)
	void evidenceUploadedOnOneNodeIsDownloadedFromTheOther() {
		SocleUser manager = nodes.a().bean(IdentityFixtures.class).managerA();
		AssessmentFixtures assessments = nodes.a().bean(AssessmentFixtures.class);
		long assessment = assessments.create(
				assessments.establishment("Justificatifs sur deux nœuds", manager.organisationId()).id(),
				AssessmentKind.SELF, manager);
		Browser browser = nodes.browser();
		browser.login(nodes.a(), manager.getUsername());
		browser.get(nodes.a(), "/assessments/" + assessment);
		Page uploaded = browser.postFile(nodes.a(), "/assessments/" + assessment + "/answers/D1.C1.I1/evidence",
				"autorisation.pdf", PDF.getBytes(StandardCharsets.US_ASCII));
		assertThat(uploaded.location()).as("%s", uploaded).startsWith("/assessments/" + assessment);
		long evidence = nodes.b()
			.bean(JdbcTemplate.class)
			.queryForObject("select id from assessment_evidence where assessment_id = ?", Long.class, assessment);

		Page download = browser.get(nodes.b(), "/assessments/" + assessment + "/evidence/" + evidence);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(PDF);
	}

	@Test
	@Order(6)
	void failedLoginsSpreadOverBothNodesLockTheAccount() {
		user("n-guessed", Role.AUDITOR);
		Browser attacker = nodes.browser();
		for (int attempt = 0; attempt < 5; attempt++) {
			Node node = (attempt % 2 == 0) ? nodes.a() : nodes.b();
			attacker.get(node, "/login");
			assertThat(
					attacker.postForm(node, "/login", Map.of("username", "n-guessed", "password", "wrong-" + attempt))
						.location())
				.startsWith("/login?");
		}
		Browser owner = nodes.browser();
		owner.get(nodes.a(), "/login");
		assertThat(owner
			.postForm(nodes.a(), "/login", Map.of("username", "n-guessed", "password", IdentityFixtures.PASSWORD))
			.location()).as("locked on A by failures counted on A and B").isEqualTo("/login?locked");
	}

	@Test
	@Order(7)
	void aScheduledJobFiringOnBothNodesAtOnceRunsOnce() throws Exception {
		JdbcTemplate jdbc = nodes.a().bean(JdbcTemplate.class);
		// the job's DELETE, counted by PostgreSQL whatever it deletes
		jdbc.execute("create table test_import_cleanup_run (ran_at timestamptz not null default now())");
		jdbc.execute("""
				create function test_count_import_cleanup() returns trigger language plpgsql as $$
				begin insert into test_import_cleanup_run default values; return null; end $$""");
		jdbc.execute("""
				create trigger test_count_import_cleanup after delete on import_preview
				for each statement execute function test_count_import_cleanup()""");
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			jdbc.update("delete from shedlock where name = 'import-preview-cleanup'");
			jdbc.update("delete from test_import_cleanup_run");
			Runnable onA = scheduledJob(nodes.a(), "ImportStore.deleteExpired");
			Runnable onB = scheduledJob(nodes.b(), "ImportStore.deleteExpired");
			CyclicBarrier together = new CyclicBarrier(2);
			Future<?> a = threads.submit(() -> {
				together.await();
				onA.run();
				return null;
			});
			Future<?> b = threads.submit(() -> {
				together.await();
				onB.run();
				return null;
			});
			a.get(60, TimeUnit.SECONDS);
			b.get(60, TimeUnit.SECONDS);
			assertThat(jdbc.queryForObject("select count(*) from test_import_cleanup_run", Integer.class))
				.as("one node took the lock in the shedlock table, the other skipped the run")
				.isEqualTo(1);

			onB.run();
			assertThat(jdbc.queryForObject("select count(*) from test_import_cleanup_run", Integer.class))
				.as("a node firing a little later skips it too (lockAtLeastFor)")
				.isEqualTo(1);
		}
		finally {
			threads.shutdownNow();
			jdbc.execute("drop trigger test_count_import_cleanup on import_preview");
			jdbc.execute("drop function test_count_import_cleanup()");
			jdbc.execute("drop table test_import_cleanup_run");
		}
	}

	@Test
	@Order(Integer.MAX_VALUE)
	void aStoppingNodeFinishesItsRequestsRefusesNewOnesAndTheOtherServesItsSessions() throws Exception {
		user("n-survivor", Role.AUDITOR);
		Browser browser = nodes.browser();
		browser.login(nodes.a(), "n-survivor");
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			SlowTestController.STARTED.drainPermits();
			Future<Page> slow = threads.submit(() -> browser.get(nodes.a(), SlowTestController.SLOW + "?millis=8000"));
			assertThat(SlowTestController.STARTED.tryAcquire(60, TimeUnit.SECONDS)).isTrue();

			Future<?> stopping = threads.submit(nodes.a()::stop);
			assertThat(refusesNewConnections(nodes.a())).as("a new connection to the stopping node").isTrue();
			assertThat(slow.isDone()).as("refused while the slow request was still being served").isFalse();
			Page finished = slow.get(60, TimeUnit.SECONDS);
			assertThat(finished.status()).isEqualTo(200);
			assertThat(finished.body()).isEqualTo("done");
			stopping.get(60, TimeUnit.SECONDS);
		}
		finally {
			threads.shutdownNow();
		}

		Page home = browser.get(nodes.b(), "/establishments");
		assertThat(home.status()).isEqualTo(200);
		assertThat(home.body()).contains("Test n-survivor");
	}

	/** The scheduler's own task for {@code method} (its bean's proxy, with its lock). */
	private static Runnable scheduledJob(Node node, String method) {
		return node.bean(ScheduledTaskHolder.class)
			.getScheduledTasks()
			.stream()
			.map(ScheduledTask::getTask)
			.filter((task) -> task.toString().endsWith("." + method))
			.map(Task::getRunnable)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No scheduled task " + method + " on " + node));
	}

	/** Whether a new connection to {@code node} is refused within a few seconds. */
	private static boolean refusesNewConnections(Node node) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(6).toNanos();
		while (System.nanoTime() < deadline) {
			try {
				nodes.browser().get(node, "/login");
			}
			catch (UncheckedIOException ex) {
				if (ex.getCause() instanceof ConnectException) {
					return true;
				}
			}
			Thread.sleep(50);
		}
		return false;
	}

	private static SocleUser user(String username, Role role) {
		return nodes.b().bean(IdentityFixtures.class).user(username, role, null);
	}

}
