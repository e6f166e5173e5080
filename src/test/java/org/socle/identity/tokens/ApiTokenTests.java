package org.socle.identity.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socle.BrowserSession;
import org.socle.SocleTest;
import org.socle.beneficiary.AccessAction;
import org.socle.beneficiary.privacy.AccessLog;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;
import org.socle.identity.securitylog.SecurityLog;
import org.socle.identity.users.UserRepository;
import org.socle.security.TwoOrganisations;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A user's API tokens: created on their page and shown once, stored as a hash, working as
 * their owner until they expire, are revoked or the owner is disabled; admins see and
 * revoke them; creations and revocations reach the security log; API calls reach the
 * access log with the token's name.
 */
@SocleTest
class ApiTokenTests {

	private static final String TOKEN = "socle_[A-Za-z0-9_-]{43}";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	ApiTokenFixtures tokens;

	@Autowired
	ApiTokenRepository repository;

	@Autowired
	UserRepository users;

	@Autowired
	SecurityLog securityLog;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TwoOrganisations organisations;

	@Autowired
	AccessLog accessLog;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aNewTokenIsShownOnceAndOnlyItsHashIsStored() throws Exception {
		SocleUser owner = this.identity.user("t-token-create", Role.AUDITOR, null);
		BrowserSession browser = new BrowserSession(this.mvc);
		MvcResult created = browser
			.perform(post("/account/tokens").param("name", "Nightly sync")
				.param("lifetime", "DAYS_30")
				.with(user(owner))
				.with(csrf()))
			.andExpect(redirectedUrl("/account/tokens"))
			.andReturn();
		String secret = (String) created.getFlashMap().get("createdToken");
		assertThat(secret).matches(TOKEN);

		browser.perform(get("/account/tokens").with(user(owner))).andExpect(content().string(containsString(secret)));
		browser.perform(get("/account/tokens").with(user(owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nightly sync")))
			.andExpect(content().string(containsString("socle_" + secret.substring(6, 14) + "…")))
			.andExpect(content().string(not(containsString(secret))));

		Map<String, Object> row = this.jdbc.queryForMap(
				"select t.*, row_to_json(t)::text as whole from api_token t where user_id = ? and name = ?", owner.id(),
				"Nightly sync");
		assertThat(row.get("token_hash")).isEqualTo(ApiTokens.hash(secret));
		assertThat((String) row.get("whole")).doesNotContain(secret.substring(6));
		assertThat(row.get("token_prefix")).isEqualTo(secret.substring(6, 14));
		Instant expires = ((java.sql.Timestamp) row.get("expires_at")).toInstant();
		assertThat(expires).isBetween(Instant.now().plus(Duration.ofDays(30)).minusSeconds(60),
				Instant.now().plus(Duration.ofDays(30)));
		assertThat(kinds(owner)).contains("API_TOKEN_CREATED");
	}

	@Test
	void aTokenActsAsItsOwnerUntilRevokedAndRecordsTheDayOfUse() throws Exception {
		SocleUser owner = this.identity.managerA();
		ApiTokens.CreatedToken token = this.tokens.create(owner, "Partner export");
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(owner.getUsername()))
			.andExpect(jsonPath("$.role").value("MANAGER"))
			.andExpect(jsonPath("$.organisationId").value(owner.organisationId()))
			.andExpect(jsonPath("$.token").value("Partner export"));
		assertThat(this.repository.findById(token.id()).orElseThrow().getLastUsedOn())
			.isEqualTo(LocalDate.now(this.clock));

		this.mvc.perform(post("/account/tokens/{id}/revoke", token.id()).with(user(owner)).with(csrf()))
			.andExpect(redirectedUrl("/account/tokens"));
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret()))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/account/tokens").with(user(owner)))
			.andExpect(content().string(containsString("révoqué")));
		assertThat(kinds(owner)).contains("API_TOKEN_REVOKED");
	}

	@Test
	void anotherUsersTokenCannotBeRevokedAndStillWorks() throws Exception {
		ApiTokens.CreatedToken token = this.tokens.create(this.identity.managerA(), "Not yours");
		this.mvc
			.perform(post("/account/tokens/{id}/revoke", token.id()).with(user(this.identity.managerB())).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret()))
			.andExpect(status().isOk());
	}

	@Test
	void anExpiredTokenIsRefused() throws Exception {
		SocleUser owner = this.identity.auditor();
		ApiTokens.CreatedToken token = this.tokens.create(owner, "Short lived");
		assertThat(authenticatesAt(Duration.ofDays(89), token.secret())).isTrue();
		assertThat(authenticatesAt(Duration.ofDays(90).plusSeconds(1), token.secret())).isFalse();

		this.jdbc.update("update api_token set expires_at = now() - interval '1 minute' where id = ?", token.id());
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret()))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/account/tokens").with(user(owner)))
			.andExpect(content().string(containsString("expiré")));
	}

	@Test
	void aDisabledUsersTokensStopWorking() throws Exception {
		SocleUser owner = this.identity.user("t-token-disabled", Role.AUDITOR, null);
		ApiTokens.CreatedToken token = this.tokens.create(owner, "Until disabled");
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret()))
			.andExpect(status().isOk());
		this.jdbc.update("update app_user set enabled = false where id = ?", owner.id());
		try {
			this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret()))
				.andExpect(status().isUnauthorized());
		}
		finally {
			this.jdbc.update("update app_user set enabled = true where id = ?", owner.id());
		}
	}

	@Test
	void atMostTenActiveTokensPerUser() throws Exception {
		SocleUser owner = this.identity.user("t-token-many", Role.AUDITOR, null);
		long active = this.jdbc.queryForObject(
				"select count(*) from api_token where user_id = ? and revoked_at is null and expires_at > now()",
				Long.class, owner.id());
		for (long i = active; i < ApiTokens.MAX_ACTIVE_PER_USER; i++) {
			this.tokens.create(owner, "Token " + i);
		}
		this.mvc
			.perform(post("/account/tokens").param("name", "One too many")
				.param("lifetime", "DAYS_90")
				.with(user(owner))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("10 jetons actifs")));
		assertThat(this.jdbc.queryForObject("select count(*) from api_token where user_id = ? and name = ?", Long.class,
				owner.id(), "One too many"))
			.isZero();
	}

	@Test
	void adminsSeeAndRevokeAUsersTokens() throws Exception {
		SocleUser owner = this.identity.user("t-token-admin", Role.MANAGER, this.identity.organisation("Test Org A"));
		ApiTokens.CreatedToken token = this.tokens.create(owner, "Seen by admins");
		SocleUser admin = this.identity.admin();
		this.mvc.perform(get("/admin/users/{id}/edit", owner.id()).with(user(admin)))
			.andExpect(content().string(containsString("Seen by admins")));
		this.mvc
			.perform(post("/admin/users/{id}/tokens/{tokenId}/revoke", owner.id(), token.id()).with(user(admin))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + owner.id() + "/edit"));
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret()))
			.andExpect(status().isUnauthorized());
		assertThat(this.jdbc.queryForObject(
				"select actor from security_event where username = ? and kind = 'API_TOKEN_REVOKED' order by id desc limit 1",
				String.class, owner.getUsername()))
			.isEqualTo(admin.getUsername());
		this.mvc
			.perform(post("/admin/users/{id}/tokens/{tokenId}/revoke", owner.id(), token.id()).with(user(owner))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theAccessLogNamesTheTokenACallCameThrough() throws Exception {
		TwoOrganisations.World world = this.organisations.world();
		SocleUser viaToken = world.auditor().viaApiToken("Ministry sync");
		ApiTokenFixtures.as(viaToken, () -> {
			this.accessLog.record(world.a().beneficiary(), world.a().establishment(), AccessAction.VIEW, null);
			return null;
		});
		assertThat(this.jdbc.queryForObject(
				"select api_token from beneficiary_access_log where username = ? order by id desc limit 1",
				String.class, viaToken.getUsername()))
			.isEqualTo("Ministry sync");
		this.mvc.perform(get("/admin/access-log").param("lang", "en").with(user(world.admin())))
			.andExpect(content().string(containsString("via the token &quot;Ministry sync&quot;")));
	}

	/**
	 * Whether the secret authenticates that much later (the service on a later clock).
	 */
	private boolean authenticatesAt(Duration later, String secret) {
		ApiTokens tokens = new ApiTokens(this.repository, this.users, this.securityLog,
				Clock.offset(this.clock, later));
		return new TransactionTemplate(this.transactions).execute((status) -> tokens.authenticate(secret).isPresent());
	}

	private List<String> kinds(SocleUser user) {
		return this.jdbc.queryForList("select kind from security_event where username = ?", String.class,
				user.getUsername());
	}

}
