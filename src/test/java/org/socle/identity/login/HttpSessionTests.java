package org.socle.identity.login;

import org.junit.jupiter.api.Test;
import org.socle.BrowserSession;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * HTTP sessions live in PostgreSQL (Spring Session JDBC): a protected cookie, a new id at
 * login, no session for what needs none, and the idle timeout. Across two nodes:
 * {@code org.socle.nodes.TwoNodesTests}.
 */
@SocleTest
class HttpSessionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aProtectedPageOpensASessionWhoseCookieScriptsCannotReadAndLoginGivesItANewId() throws Exception {
		this.fixtures.user("t-session-cookie", Role.AUDITOR, null);
		BrowserSession browser = new BrowserSession(this.mvc);
		// the page asked for is kept in the session, to go back to it after the login
		browser.perform(get("/establishments"))
			.andExpect(header().string(HttpHeaders.SET_COOKIE, allOf(containsString("SESSION="),
					containsString("HttpOnly"), containsString("SameSite=Lax"), not(containsString("Secure")))));
		String beforeLogin = browser.cookieValue();

		browser.perform(formLogin().user("t-session-cookie").password(IdentityFixtures.PASSWORD))
			.andExpect(authenticated());

		assertThat(browser.cookieValue()).as("session fixation protection").isNotNull().isNotEqualTo(beforeLogin);
		assertThat(sessionsOf("t-session-cookie")).isEqualTo(1);
	}

	@Test
	void behindTlsTheSessionCookieIsSecure() throws Exception {
		this.mvc.perform(get("/establishments").secure(true))
			.andExpect(header().string(HttpHeaders.SET_COOKIE,
					allOf(containsString("SESSION="), containsString("Secure"))));
	}

	@Test
	void staticResourcesAndHealthOpenNoSession() throws Exception {
		long sessions = this.jdbc.queryForObject("select count(*) from spring_session", Long.class);
		this.mvc.perform(get("/css/socle.css"))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
		this.mvc.perform(get("/actuator/health/liveness"))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session", Long.class)).isEqualTo(sessions);

	}

	@Test
	void aSessionIdleLongerThanTheTimeoutEnds() throws Exception {
		this.fixtures.user("t-session-idle", Role.AUDITOR, null);
		BrowserSession browser = new BrowserSession(this.mvc);
		browser.perform(formLogin().user("t-session-idle").password(IdentityFixtures.PASSWORD));
		browser.perform(get("/")).andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject(
				"select max_inactive_interval from spring_session where principal_name = 't-session-idle'",
				Integer.class))
			.as("seconds: SOCLE_SESSION_TIMEOUT's default, 30 minutes, plus the minute within which the last "
					+ "access is not written again (CoarseAccessTimeSessionRepository)")
			.isEqualTo(30 * 60 + 60);

		long thirtyTwoMinutes = 32 * 60 * 1000;
		this.jdbc.update("""
				update spring_session set last_access_time = last_access_time - ?, expiry_time = expiry_time - ?
				where principal_name = 't-session-idle'""", thirtyTwoMinutes, thirtyTwoMinutes);

		browser.perform(get("/")).andExpect(redirectedUrl("/login"));
	}

	private long sessionsOf(String username) {
		return this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Long.class,
				username);
	}

	private long lastAccess(String username) {
		return this.jdbc.queryForObject("select last_access_time from spring_session where principal_name = ?",
				Long.class, username);
	}

}
