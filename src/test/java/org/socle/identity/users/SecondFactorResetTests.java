package org.socle.identity.users;

import org.junit.jupiter.api.Test;
import org.socle.BrowserSession;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An admin resets the second factor of a user who lost their device, from the user's
 * page: only once they confirmed, with the CSRF token, never their own; the reset is in
 * the security log and ends the user's sessions. (Enrolling again when it is required:
 * {@code RequiredSecondFactorTests}.)
 */
@SocleTest
class SecondFactorResetTests {

	private static final String BUTTON = "Réinitialiser la double authentification";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAdminResetsALostSecondFactorOnceConfirmed() throws Exception {
		SocleUser auditor = this.fixtures.user("t-mfa-reset", Role.AUDITOR, null);
		String secret = this.fixtures.withSecondFactor(auditor);
		BrowserSession auditorsBrowser = new BrowserSession(this.mvc);
		auditorsBrowser.perform(formLogin().user("t-mfa-reset").password(IdentityFixtures.PASSWORD))
			.andExpect(redirectedUrl("/login/totp"));
		auditorsBrowser.perform(post("/login/totp").param("code", IdentityFixtures.totpCode(secret, 0)).with(csrf()))
			.andExpect(redirectedUrl("/"));
		SocleUser admin = this.fixtures.admin();
		this.mvc.perform(get("/admin/users/{id}/edit", auditor.id()).with(user(admin)))
			.andExpect(content().string(containsString(BUTTON)));
		this.mvc.perform(get("/admin/users/{id}/edit", auditor.id()).with(user(admin)).param("lang", "ar"))
			.andExpect(content().string(containsString("إعادة تعيين المصادقة الثنائية")));

		String reset = "/admin/users/" + auditor.id() + "/mfa/reset";
		this.mvc.perform(post(reset).param("confirmed", "true").with(user(admin))).andExpect(status().isForbidden());
		this.mvc.perform(post(reset).with(user(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + auditor.id() + "/edit"))
			.andExpect(flash().attribute("warning", "user.mfa.reset.unconfirmed"));
		this.mvc.perform(post(reset).param("confirmed", "true").with(user(this.fixtures.auditor2())).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(secondFactor(auditor)).as("unchanged so far").isTrue();

		this.mvc.perform(post(reset).param("confirmed", "true").with(user(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + auditor.id() + "/edit"))
			.andExpect(flash().attribute("success", "user.mfa.reset.done"));
		assertThat(secondFactor(auditor)).isFalse();
		assertThat(this.jdbc.queryForObject(
				"select actor from security_event where username = 't-mfa-reset' and kind = 'MFA_RESET'", String.class))
			.isEqualTo(admin.getUsername());
		auditorsBrowser.perform(get("/")).andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(get("/admin/users/{id}/edit", auditor.id()).with(user(admin)))
			.andExpect(content().string(not(containsString(BUTTON))));
		// an auditor's second factor is optional: the password alone logs in now
		this.mvc.perform(formLogin().user("t-mfa-reset").password(IdentityFixtures.PASSWORD))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void anAdminCannotResetTheirOwnSecondFactor() throws Exception {
		SocleUser admin = this.fixtures.user("t-mfa-own", Role.ADMIN, null);
		this.fixtures.withSecondFactor(admin);
		this.mvc.perform(get("/admin/users/{id}/edit", admin.id()).with(user(admin)))
			.andExpect(content().string(not(containsString(BUTTON))));
		this.mvc
			.perform(post("/admin/users/{id}/mfa/reset", admin.id()).param("confirmed", "true")
				.with(user(admin))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(secondFactor(admin)).isTrue();
	}

	private boolean secondFactor(SocleUser user) {
		return this.jdbc.queryForObject(
				"select totp_secret is not null and totp_enabled_at is not null from app_user where id = ?",
				Boolean.class, user.id());
	}

}
