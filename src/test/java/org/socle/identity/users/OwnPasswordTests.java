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
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every user changes their own password at /account/password (linked from the user menu):
 * the current one is checked, the policy applies, the change is in the security log and
 * ends the user's other sessions; no password typed comes back in the page.
 */
@SocleTest
class OwnPasswordTests {

	static final String NEW_PASSWORD = "couscous du vendredi en famille";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	ResultActions change(SocleUser as, String current, String next, String again, String lang) throws Exception {
		return this.mvc.perform(post("/account/password").with(user(as))
			.with(csrf())
			.param("lang", lang)
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("confirmation", again));
	}

	@Test
	void theUserMenuLinksToThePage() throws Exception {
		this.mvc.perform(get("/").with(user(this.fixtures.managerA())))
			.andExpect(content().string(containsString("href=\"/account/password\"")));
		this.mvc.perform(get("/account/password").with(user(this.fixtures.managerA())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("autocomplete=\"current-password\"")));
	}

	@Test
	void wrongCurrentPasswordsAndPolicyBreachesAreRefusedWithTranslatedMessages() throws Exception {
		SocleUser user = this.fixtures.user("t-own-refused", Role.MANAGER, this.fixtures.managerA().organisationId());
		change(user, "not-my-password", NEW_PASSWORD, NEW_PASSWORD, "fr").andExpect(status().isOk())
			.andExpect(content().string(containsString("Ce n’est pas votre mot de passe actuel")))
			.andExpect(content().string(not(containsString(NEW_PASSWORD))))
			.andExpect(content().string(not(containsString("not-my-password"))));
		change(user, IdentityFixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "!", "en").andExpect(status().isOk())
			.andExpect(content().string(containsString("The two entries of the new password differ")));
		change(user, IdentityFixtures.PASSWORD, IdentityFixtures.PASSWORD, IdentityFixtures.PASSWORD, "fr")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("doit être différent de l’actuel")));
		change(user, IdentityFixtures.PASSWORD, "Password1234", "Password1234", "ar").andExpect(status().isOk())
			.andExpect(content().string(containsString("من بين الأكثر استعمالًا")));
		change(user, IdentityFixtures.PASSWORD, "court", "court", "fr").andExpect(status().isOk())
			.andExpect(content().string(containsString("Au moins 12 caractères")));
		this.mvc.perform(formLogin().user("t-own-refused").password(IdentityFixtures.PASSWORD))
			.andExpect(authenticated());
	}

	@Test
	void aChangeIsLoggedAndEndsTheOtherSessionsOnly() throws Exception {
		this.fixtures.user("t-own-change", Role.AUDITOR, null);
		BrowserSession here = loggedIn("t-own-change");
		BrowserSession elsewhere = loggedIn("t-own-change");

		here.perform(post("/account/password").with(csrf())
			.param("currentPassword", IdentityFixtures.PASSWORD)
			.param("newPassword", NEW_PASSWORD)
			.param("confirmation", NEW_PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andExpect(flash().attribute("success", "account.password.changed"));

		here.perform(get("/")).andExpect(status().isOk());
		elsewhere.perform(get("/")).andExpect(redirectedUrl("/login?expired"));
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM security_event WHERE kind = 'PASSWORD_CHANGED' AND username = 't-own-change'",
				Integer.class))
			.isEqualTo(1);
		this.mvc.perform(formLogin().user("t-own-change").password(IdentityFixtures.PASSWORD))
			.andExpect(unauthenticated());
		this.mvc.perform(formLogin().user("t-own-change").password(NEW_PASSWORD)).andExpect(authenticated());
	}

	@Test
	void wrongCurrentPasswordsCountAsFailedLoginsAndLockTheAccount() throws Exception {
		SocleUser user = this.fixtures.user("t-own-guess", Role.MANAGER, this.fixtures.managerA().organisationId());
		for (int i = 0; i < 5; i++) {
			change(user, "guess-" + i, NEW_PASSWORD, NEW_PASSWORD, "fr")
				.andExpect(content().string(containsString("Ce n’est pas votre mot de passe actuel")));
		}
		change(user, IdentityFixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD, "fr").andExpect(status().isOk())
			.andExpect(content().string(containsString("ce compte est bloqué pour un moment")));
		this.mvc.perform(formLogin().user("t-own-guess").password(IdentityFixtures.PASSWORD))
			.andExpect(unauthenticated());
		this.mvc.perform(formLogin().user("t-own-guess").password(NEW_PASSWORD)).andExpect(unauthenticated());
	}

	private BrowserSession loggedIn(String username) throws Exception {
		BrowserSession session = new BrowserSession(this.mvc);
		session.perform(formLogin().user(username).password(IdentityFixtures.PASSWORD)).andExpect(authenticated());
		return session;
	}

}
