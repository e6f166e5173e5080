package org.socle.identity.users;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.identity.EmailMode;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;
import org.socle.identity.UserContacts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A user's own preferences: language and e-mail mode, and the language applied at login.
 */
@SocleTest
class AccountPreferencesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	UserContacts contacts;

	@Test
	void aUserChoosesTheirLanguageAndEmailModeTheLanguageAppliesAtOnce() throws Exception {
		SocleUser user = this.identity.user("t-prefs", Role.MANAGER, this.identity.organisation("Test Org A"));
		this.mvc.perform(get("/account/preferences").with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Un résumé quotidien")));

		this.mvc
			.perform(post("/account/preferences").param("language", "ar")
				.param("emailMode", "DAILY_DIGEST")
				.with(csrf())
				.with(user(user)))
			.andExpect(redirectedUrl("/account/preferences"))
			.andExpect(cookie().value("socle-lang", "ar-MA"));

		assertThat(this.contacts.find(user.id())).hasValueSatisfying((contact) -> {
			assertThat(contact.language()).isEqualTo("ar");
			assertThat(contact.emailMode()).isEqualTo(EmailMode.DAILY_DIGEST);
		});
		this.mvc.perform(get("/account/preferences").with(user(user)).cookie(new Cookie("socle-lang", "ar-MA")))
			.andExpect(content().string(containsString("ملخص يومي")));
	}

	@Test
	void anUnknownLanguageOrModeIsRefused() throws Exception {
		SocleUser user = this.identity.user("t-prefs-bad", Role.AUDITOR, null);
		this.mvc
			.perform(post("/account/preferences").param("language", "de")
				.param("emailMode", "SOMETIMES")
				.with(csrf())
				.with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));
		assertThat(this.contacts.find(user.id()).orElseThrow().emailMode()).isEqualTo(EmailMode.IMMEDIATE);
	}

	@Test
	void thePreferredLanguageIsAppliedAtLogin() throws Exception {
		SocleUser user = this.identity.user("t-prefs-login", Role.AUDITOR, null);
		this.mvc
			.perform(post("/account/preferences").param("language", "en")
				.param("emailMode", "NEVER")
				.with(csrf())
				.with(user(user)))
			.andExpect(redirectedUrl("/account/preferences"));

		this.mvc.perform(formLogin().user("t-prefs-login").password(IdentityFixtures.PASSWORD))
			.andExpect(cookie().value("socle-lang", "en"));
		this.mvc.perform(formLogin().user("t-auditor").password(IdentityFixtures.PASSWORD))
			.andExpect(cookie().doesNotExist("socle-lang"));
	}

}
