package org.socle.nodes;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes behind a load balancer on one PostgreSQL: whichever node a request reaches,
 * the user's session, import previews, evidence files, login failures and scheduled jobs'
 * locks are the same; an account change made on one node ends the sessions on the other.
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
	void aScheduledJobFiringOnBothNodesRunsOnce() {
		LockingTaskExecutor onA = new DefaultLockingTaskExecutor(nodes.a().bean(LockProvider.class));
		LockingTaskExecutor onB = new DefaultLockingTaskExecutor(nodes.b().bean(LockProvider.class));
		AtomicInteger runs = new AtomicInteger();
		LockConfiguration job = new LockConfiguration(Instant.now(), "two-nodes-test-job", Duration.ofMinutes(1),
				Duration.ofMinutes(1));
		onA.executeWithLock((Runnable) runs::incrementAndGet, job);
		onB.executeWithLock((Runnable) runs::incrementAndGet, job);
		assertThat(runs).as("B found the lock A took in PostgreSQL").hasValue(1);
	}

	@Test
	@Order(Integer.MAX_VALUE)
	void whenANodeStopsTheOtherServesItsSessions() {
		user("n-survivor", Role.AUDITOR);
		Browser browser = nodes.browser();
		browser.login(nodes.a(), "n-survivor");

		nodes.a().stop();

		Page home = browser.get(nodes.b(), "/establishments");
		assertThat(home.status()).isEqualTo(200);
		assertThat(home.body()).contains("Test n-survivor");
	}

	private static SocleUser user(String username, Role role) {
		return nodes.b().bean(IdentityFixtures.class).user(username, role, null);
	}

}
