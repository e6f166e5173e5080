package org.socle.identity.users;

import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The password policy where users set passwords (an admin creating an account or
 * resetting a password): at least 12 characters, not a common password, no composition
 * rules; the messages are translated.
 */
@SocleTest
class PasswordPolicyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures fixtures;

	@Autowired
	PasswordPolicy policy;

	@Test
	void theListCatchesCommonPasswordsWhateverTheirCaseAndTheirDigitsOrSymbolsAtTheEnd() {
		assertThat(this.policy.isCommon("qwerty123456")).isTrue();
		assertThat(this.policy.isCommon("Password1234")).isTrue();
		assertThat(this.policy.isCommon("Dragon2024!!!!")).isTrue();
		assertThat(this.policy.isCommon("sunshine 1234567")).isTrue();
		assertThat(this.policy.isCommon("la rivière calme à l’aube")).isFalse();
		assertThat(this.policy.isCommon("tagine-et-menthe-2024")).isFalse();
	}

	@Test
	void aResetRefusesShortAndCommonPasswordsWithATranslatedMessage() throws Exception {
		SocleUser target = this.fixtures.user("t-policy", Role.AUDITOR, null);
		reset(target, "onze-lettre", "fr").andExpect(status().isOk())
			.andExpect(content().string(containsString("Au moins 12 caractères")));
		reset(target, "Password1234", "fr").andExpect(status().isOk())
			.andExpect(content().string(containsString("figure parmi les plus utilisés")));
		reset(target, "Password1234", "ar").andExpect(status().isOk())
			.andExpect(content().string(containsString("من بين الأكثر استعمالًا")));
		reset(target, "Password1234", "en").andExpect(status().isOk())
			.andExpect(content().string(containsString("among the most common")));

		// no composition rule: lower-case words are fine when long and uncommon
		reset(target, "tagine et menthe fraiche", "fr").andExpect(redirectedUrl("/admin/users"));
		this.mvc.perform(formLogin().user("t-policy").password("tagine et menthe fraiche")).andExpect(authenticated());
	}

	@Test
	void creatingAnAccountWithACommonPasswordIsRefused() throws Exception {
		this.mvc
			.perform(post("/admin/users/new").with(user(this.fixtures.admin()))
				.with(csrf())
				.param("username", "t-common")
				.param("displayName", "Common")
				.param("email", "common@test.ma")
				.param("role", "AUDITOR")
				.param("enabled", "true")
				.param("password", "qwerty123456"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("figure parmi les plus utilisés")));
	}

	private ResultActions reset(SocleUser target, String password, String lang) throws Exception {
		return this.mvc.perform(post("/admin/users/{id}/password", target.id()).param("lang", lang)
			.with(user(this.fixtures.admin()))
			.with(csrf())
			.param("password", password));
	}

}
