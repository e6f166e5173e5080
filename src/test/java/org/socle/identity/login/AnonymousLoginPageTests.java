package org.socle.identity.login;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.QueryCount;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The login page is the page every visitor, and every robot, opens first: showing it
 * costs no session and no SQL (docs/performance.md, "The cost of a trivial page"), and
 * its form stays protected against CSRF by the token of a cookie.
 */
@SocleTest
class AnonymousLoginPageTests {

	private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	WebApplicationContext context;

	private CsrfTokenRepository leftByOtherTests;

	/**
	 * A visitor: no login left over by another test class on this thread (MockMvc would
	 * send it along, and saving it opens a session); and the application's CSRF token
	 * repository. Spring Security's {@code csrf()} request post-processor, which other
	 * test classes use, puts its own repository, kept in the session, into the CSRF
	 * filter of the application's filter chain, for good: after it, every request of the
	 * test JVM, through MockMvc or the running server alike, saved its token in a new
	 * session. It is put back after these tests.
	 */
	@BeforeEach
	void anonymousWithTheApplicationsCsrfTokens() {
		TestSecurityContextHolder.clearContext();
		this.leftByOtherTests = WebTestUtils.getCsrfTokenRepository(loginRequest());
		WebTestUtils.setCsrfTokenRepository(loginRequest(), new SessionOrCookieCsrfTokenRepository());
	}

	@AfterEach
	void csrfTokensAsTheOtherTestsLeftThem() {
		WebTestUtils.setCsrfTokenRepository(loginRequest(), this.leftByOtherTests);
	}

	private MockHttpServletRequest loginRequest() {
		return new MockHttpServletRequest(this.context.getServletContext(), "GET", "/login");
	}

	@Test
	void showingTheLoginPageCreatesNoSessionAndRunsNoSql() throws Exception {
		long sessions = sessionRows();

		assertThat(QueryCount.of(this.mvc, get("/login"))).isZero();
		MockHttpServletResponse page = this.mvc.perform(get("/login")).andReturn().getResponse();

		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getCookie("SESSION")).isNull();
		assertThat(sessionRows()).isEqualTo(sessions);
		assertThat(page.getCookie(SessionOrCookieCsrfTokenRepository.COOKIE).isHttpOnly()).isTrue();
		assertThat(page.getHeader("Content-Security-Policy")).isNotBlank();
		assertThat(this.mvc.perform(get("/login").secure(true))
			.andReturn()
			.getResponse()
			.getCookie(SessionOrCookieCsrfTokenRepository.COOKIE)
			.getSecure()).as("over TLS").isTrue();
	}

	@Test
	void theFormLogsInWithTheTokenOfItsCookieAndOnlyWithIt() throws Exception {
		this.identity.admin();
		MockHttpServletResponse page = this.mvc.perform(get("/login")).andReturn().getResponse();
		Cookie csrfCookie = page.getCookie(SessionOrCookieCsrfTokenRepository.COOKIE);
		String token = formToken(page.getContentAsString());

		this.mvc.perform(login(token)).andExpect(status().isForbidden());
		this.mvc.perform(login(token).cookie(new Cookie(SessionOrCookieCsrfTokenRepository.COOKIE, "forged")))
			.andExpect(status().isForbidden());
		this.mvc.perform(login("forged").cookie(csrfCookie)).andExpect(status().isForbidden());

		MockHttpServletResponse loggedIn = this.mvc.perform(login(token).cookie(csrfCookie))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse();
		assertThat(loggedIn.getCookie("SESSION")).isNotNull();
		assertThat(loggedIn.getCookie(SessionOrCookieCsrfTokenRepository.COOKIE).getMaxAge()).isZero();
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder login(String token) {
		return post("/login").param("username", "t-admin")
			.param("password", IdentityFixtures.PASSWORD)
			.param("_csrf", token);
	}

	private static String formToken(String html) {
		Matcher token = FORM_TOKEN.matcher(html);
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	private long sessionRows() {
		return this.jdbc.queryForObject("select count(*) from spring_session", Long.class);
	}

}
