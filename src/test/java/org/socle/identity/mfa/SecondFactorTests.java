package org.socle.identity.mfa;

import java.time.Clock;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.socle.BrowserSession;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;
import org.socle.identity.securitylog.SecurityLog;
import org.socle.identity.throttle.LoginThrottle;
import org.socle.identity.users.UserRepository;
import org.socle.shared.crypto.FieldEncryption;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
 * The optional TOTP second factor: an auditor enrols from their account page with the QR
 * code's secret; from then on the password alone opens nothing until the code is given;
 * managers have none; admins must enrol at login when it is required.
 */
@SocleTest
class SecondFactorTests {

	@Autowired
	FieldEncryption encryption;

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserRepository users;

	@Autowired
	Totp totp;

	@Autowired
	SecurityLog log;

	@Autowired
	LoginThrottle throttle;

	@Test
	void anAuditorEnrolsThenNeedsTheCodeAfterThePassword() throws Exception {
		SocleUser auditor = this.fixtures.user("t-mfa-auditor", Role.AUDITOR, null);
		BrowserSession enrolment = new BrowserSession(this.mvc);
		String page = enrolment.perform(get("/account/mfa").with(user(auditor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("src=\"data:image/png;base64,")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String secret = Jsoup.parse(page).selectFirst("code.user-select-all").text();
		enrolment.perform(post("/account/mfa").param("code", "000000").with(user(auditor)).with(csrf()))
			.andExpect(content().string(containsString("Code incorrect")));
		String enrolmentCode = IdentityFixtures.totpCode(secret, 0);
		enrolment.perform(post("/account/mfa").param("code", enrolmentCode).with(user(auditor)).with(csrf()))
			.andExpect(redirectedUrl("/account/mfa"));
		String stored = this.jdbc.queryForObject("select totp_secret from app_user where id = ?", String.class,
				auditor.id());
		assertThat(stored).as("stored encrypted").startsWith("v1:").doesNotContain(secret);
		assertThat(this.encryption.decrypt(stored)).isEqualTo(secret);

		// the password alone: held, anonymous everywhere but the second step
		BrowserSession session = new BrowserSession(this.mvc);
		session.perform(formLogin().user("t-mfa-auditor").password(IdentityFixtures.PASSWORD))
			.andExpect(redirectedUrl("/login/totp"))
			.andExpect(unauthenticated());
		session.perform(get("/establishments")).andExpect(status().is3xxRedirection()).andExpect(unauthenticated());
		session.perform(get("/login/totp"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Code à 6 chiffres")));
		session.perform(post("/login/totp").param("code", "123456").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(unauthenticated());
		// the code of the enrolment served once: the next period's one
		session.perform(post("/login/totp").param("code", enrolmentCode).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(unauthenticated());
		session.perform(post("/login/totp").param("code", IdentityFixtures.totpCode(secret, 1)).with(csrf()))
			.andExpect(redirectedUrl("/"));
		session.perform(get("/establishments"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Test t-mfa-auditor")));
		assertThat(this.jdbc.queryForList("select kind from security_event where username = 't-mfa-auditor'",
				String.class))
			.contains("MFA_ENROLLED", "MFA_FAILED", "LOGIN_SUCCEEDED");
	}

	/**
	 * RFC 6238 §5.2: a code seen once (over a shoulder, by a phishing page) opens
	 * nothing.
	 */
	@Test
	void aCodeOpensOneLoginOnly() throws Exception {
		SocleUser auditor = this.fixtures.user("t-mfa-replay", Role.AUDITOR, null);
		String secret = this.fixtures.withSecondFactor(auditor);
		String code = IdentityFixtures.totpCode(secret, 0);
		BrowserSession first = new BrowserSession(this.mvc);
		first.perform(formLogin().user("t-mfa-replay").password(IdentityFixtures.PASSWORD))
			.andExpect(redirectedUrl("/login/totp"));
		first.perform(post("/login/totp").param("code", code).with(csrf())).andExpect(redirectedUrl("/"));

		BrowserSession second = new BrowserSession(this.mvc);
		second.perform(formLogin().user("t-mfa-replay").password(IdentityFixtures.PASSWORD))
			.andExpect(redirectedUrl("/login/totp"));
		for (String used : new String[] { code, IdentityFixtures.totpCode(secret, -1) }) {
			second.perform(post("/login/totp").param("code", used).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Code incorrect")))
				.andExpect(unauthenticated());
		}
		assertThat(this.jdbc.queryForObject("""
				select count(*) from security_event
				where username = 't-mfa-replay' and kind = 'MFA_FAILED' and detail = 'code-already-used'""",
				Long.class))
			.isEqualTo(2);
		second.perform(post("/login/totp").param("code", IdentityFixtures.totpCode(secret, 1)).with(csrf()))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void fiveWrongCodesAbandonTheLogin() throws Exception {
		SocleUser auditor = this.fixtures.user("t-mfa-guess", Role.AUDITOR, null);
		this.jdbc.update("update app_user set totp_secret = ?, totp_enabled_at = now() where id = ?",
				this.totp.newSecret(), auditor.id());
		BrowserSession session = new BrowserSession(this.mvc);
		session.perform(formLogin().user("t-mfa-guess").password(IdentityFixtures.PASSWORD))
			.andExpect(redirectedUrl("/login/totp"));
		for (int i = 1; i < PendingLogin.MAX_CODES; i++) {
			session.perform(post("/login/totp").param("code", "000000").with(csrf())).andExpect(status().isOk());
		}
		session.perform(post("/login/totp").param("code", "000000").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
		session.perform(get("/login/totp")).andExpect(redirectedUrl("/login"));
		// the wrong codes count as failed logins: the account is locked before the next
		// guess
		this.mvc.perform(formLogin().user("t-mfa-guess").password(IdentityFixtures.PASSWORD))
			.andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void anAccountDisabledWhileItsLoginWaitsForTheCodeCannotFinishIt() throws Exception {
		SocleUser auditor = this.fixtures.user("t-mfa-disabled", Role.AUDITOR, null);
		String secret = this.totp.newSecret();
		this.jdbc.update("update app_user set totp_secret = ?, totp_enabled_at = now() where id = ?",
				this.encryption.encrypt(secret), auditor.id());
		BrowserSession session = new BrowserSession(this.mvc);
		session.perform(formLogin().user("t-mfa-disabled").password(IdentityFixtures.PASSWORD))
			.andExpect(redirectedUrl("/login/totp"));

		this.mvc
			.perform(post("/admin/users/{id}/edit", auditor.id()).with(user(this.fixtures.admin()))
				.with(csrf())
				.param("version", String.valueOf(this.users.findById(auditor.id()).orElseThrow().getVersion()))
				.param("displayName", "Disabled")
				.param("email", "disabled@test.ma")
				.param("role", "AUDITOR")
				.param("enabled", "false"))
			.andExpect(redirectedUrl("/admin/users"));

		session.perform(post("/login/totp").param("code", IdentityFixtures.totpCode(secret, 0)).with(csrf()))
			.andExpect(redirectedUrl("/login?expired"));
		session.perform(get("/establishments")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void managersHaveNoSecondFactorAndAdminsMustEnrolWhenRequired() throws Exception {
		this.mvc.perform(get("/account/mfa").with(user(this.fixtures.managerA()))).andExpect(status().isForbidden());

		SecondFactor required = new SecondFactor(this.users, this.totp, this.log, Clock.systemUTC(), true,
				this.throttle);
		SecondFactor optional = new SecondFactor(this.users, this.totp, this.log, Clock.systemUTC(), false,
				this.throttle);
		SocleUser admin = this.fixtures.user("t-mfa-admin", Role.ADMIN, null);
		assertThat(required.stepAfterPassword(admin)).isEqualTo(SecondFactor.Step.ENROL);
		assertThat(optional.stepAfterPassword(admin)).isEqualTo(SecondFactor.Step.NONE);
		assertThat(required.stepAfterPassword(this.fixtures.auditor())).isEqualTo(SecondFactor.Step.NONE);
	}

}
