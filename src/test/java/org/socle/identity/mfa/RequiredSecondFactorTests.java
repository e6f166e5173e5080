package org.socle.identity.mfa;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.socle.BrowserSession;
import org.socle.DeploymentSettingsTest;
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
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code SOCLE_REQUIRE_MFA=true}, through the real login form: an admin without a second
 * factor reaches no page until they enrolled one; an admin whose second factor was reset
 * enrols again at their next login.
 */
@DeploymentSettingsTest
class RequiredSecondFactorTests {

	private static final String QR_CODE = "src=\"data:image/png;base64,";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAdminWithoutASecondFactorEnrolsBeforeReachingAnyPage() throws Exception {
		this.fixtures.user("t-mfa-required", Role.ADMIN, null);
		BrowserSession browser = new BrowserSession(this.mvc);
		browser.perform(formLogin().user("t-mfa-required").password(IdentityFixtures.PASSWORD))
			.andExpect(redirectedUrl("/login/totp"))
			.andExpect(unauthenticated());
		for (String page : new String[] { "/admin/users", "/admin/security-log", "/account/mfa", "/" }) {
			browser.perform(get(page)).andExpect(redirectedUrl("/login")).andExpect(unauthenticated());
		}
		String enrolment = browser.perform(get("/login/totp"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(QR_CODE)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String secret = Jsoup.parse(enrolment).selectFirst("code.user-select-all").text();
		browser.perform(post("/login/totp").param("code", "000000").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Code incorrect")))
			.andExpect(unauthenticated());
		browser.perform(get("/admin/users")).andExpect(redirectedUrl("/login"));
		assertThat(secondFactorSet("t-mfa-required")).isFalse();

		browser.perform(post("/login/totp").param("code", IdentityFixtures.totpCode(secret, 0)).with(csrf()))
			.andExpect(redirectedUrl("/"));
		browser.perform(get("/admin/users")).andExpect(status().isOk());
		assertThat(secondFactorSet("t-mfa-required")).isTrue();

		// enrolled: the next login asks for a code, no QR code any more
		BrowserSession next = new BrowserSession(this.mvc);
		next.perform(formLogin().user("t-mfa-required").password(IdentityFixtures.PASSWORD))
			.andExpect(redirectedUrl("/login/totp"));
		next.perform(get("/login/totp"))
			.andExpect(content().string(containsString("Code à 6 chiffres")))
			.andExpect(content().string(not(containsString(QR_CODE))));
	}

	@Test
	void anAdminWhoseSecondFactorWasResetEnrolsAgainAtTheNextLogin() throws Exception {
		SocleUser admin = this.fixtures.user("t-mfa-lost", Role.ADMIN, null);
		this.fixtures.withSecondFactor(admin);
		this.mvc
			.perform(post("/admin/users/{id}/mfa/reset", admin.id()).param("confirmed", "true")
				.with(user(this.fixtures.admin()))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + admin.id() + "/edit"));
		assertThat(secondFactorSet("t-mfa-lost")).isFalse();

		BrowserSession browser = new BrowserSession(this.mvc);
		browser.perform(formLogin().user("t-mfa-lost").password(IdentityFixtures.PASSWORD))
			.andExpect(redirectedUrl("/login/totp"))
			.andExpect(unauthenticated());
		browser.perform(get("/login/totp")).andExpect(content().string(containsString(QR_CODE)));
		browser.perform(get("/admin/users")).andExpect(redirectedUrl("/login"));
	}

	private boolean secondFactorSet(String username) {
		return this.jdbc.queryForObject("select totp_secret is not null from app_user where username = ?",
				Boolean.class, username);
	}

}
