package org.socle.identity.tokens;

import org.junit.jupiter.api.Test;
import org.socle.BrowserSession;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API's own filter chain: a bearer token in the header and nothing else (no session,
 * no token in the address), 401 with a Bearer challenge otherwise; the UI keeps its
 * sessions and CSRF; the API's documentation is for admins.
 */
@SocleTest
class ApiSecurityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	ApiTokenFixtures tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void withoutATokenTheApiAnswers401WithABearerChallenge() throws Exception {
		this.mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer realm=\"socle\""))
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andExpect(jsonPath("$.status").value(401));
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer socle_not-a-real-token"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer realm=\"socle\", error=\"invalid_token\""));
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Basic dXNlcjpwYXNz"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aTokenInTheAddressIsRefusedWithoutBeingLookedUp() throws Exception {
		SocleUser owner = this.identity.user("t-token-query", Role.AUDITOR, null);
		ApiTokens.CreatedToken token = this.tokens.create(owner, "In the address");
		for (String parameter : new String[] { "access_token", "token" }) {
			this.mvc
				.perform(get("/api/v1/me").queryParam(parameter, token.secret())
					.header("Authorization", "Bearer " + token.secret()))
				.andExpect(status().isBadRequest());
		}
		assertThat(
				this.jdbc.queryForObject("select last_used_on from api_token where id = ?", Object.class, token.id()))
			.isNull();
	}

	@Test
	void aBrowsersSessionDoesNotAuthenticateApiCalls() throws Exception {
		SocleUser user = this.identity.user("t-token-session", Role.AUDITOR, null);
		BrowserSession session = new BrowserSession(this.mvc);
		session.perform(formLogin().user(user.getUsername()).password(IdentityFixtures.PASSWORD))
			.andExpect(authenticated());
		session.perform(get("/")).andExpect(status().isOk());
		session.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
	}

	@Test
	void apiCallsAreStatelessAndNeedNoCsrfToken() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/api/v1/me").header("Authorization", this.tokens.bearer(this.identity.auditor())))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andReturn();
		assertThat(result.getRequest().getSession(false)).isNull();
		// no CSRF token, yet not 403: the method is what is wrong
		this.mvc.perform(post("/api/v1/me").header("Authorization", this.tokens.bearer(this.identity.auditor())))
			.andExpect(status().isMethodNotAllowed());
	}

	@Test
	void theUiStillRequiresItsCsrfToken() throws Exception {
		SocleUser user = this.identity.user("t-token-csrf", Role.AUDITOR, null);
		this.mvc.perform(post("/account/tokens").param("name", "No CSRF").param("lifetime", "DAYS_30").with(user(user)))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from api_token where user_id = ?", Long.class, user.id()))
			.isZero();
	}

	@Test
	void swaggerUiIsForAdminsAndTheDocumentForLoggedInUsers() throws Exception {
		this.mvc.perform(get("/api/docs").with(user(this.identity.admin())))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", startsWith("/api/")));
		this.mvc.perform(get("/api/docs").with(user(this.identity.managerA()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/docs")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/v3/api-docs").with(user(this.identity.managerA()))).andExpect(status().isOk());
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/login")));
	}

}
