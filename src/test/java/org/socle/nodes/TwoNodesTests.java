package org.socle.nodes;

import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes behind a load balancer: whichever node a request reaches, the user's session
 * is the same, and an account change made on one node ends the sessions on the other.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTests {

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
		nodes.b().bean(JdbcTemplate.class).update("""
				update spring_session set last_access_time = last_access_time - 31 * 60 * 1000,
				expiry_time = expiry_time - 31 * 60 * 1000 where principal_name = ?""", "n-idle");

		assertThat(browser.get(nodes.b(), "/").location()).isEqualTo("/login");
		assertThat(browser.get(nodes.a(), "/").location()).isEqualTo("/login");
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
