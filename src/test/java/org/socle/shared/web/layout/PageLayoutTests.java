package org.socle.shared.web.layout;

import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Pages are decorated by layout.html as the thymeleaf-layout-dialect did, whose Groovy
 * {@link DecorateProcessor} replaces: the page's title fills the layout's pattern, its
 * head elements follow the layout's, its fragments take the place of the layout's, and no
 * {@code layout:} attribute reaches the browser.
 */
@SocleTest
class PageLayoutTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Test
	void theLoginPageSitsInTheLayoutWithItsTitleFirst() throws Exception {
		String html = this.mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();

		assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"fr\" dir=\"ltr\">")
			.contains("<title>Connexion · Socle</title>")
			.containsSubsequence("<nav class=\"navbar", "<main id=\"main\" class=\"container-xl pb-5\">",
					"<section class=\"row justify-content-center\">", "name=\"username\"", "</section>", "</main>",
					"<footer", "/js/socle.js", "</body>")
			.doesNotContain("layout:", "Log in</title>", "<th:block");
	}

	@Test
	void aPageAddsItsStylesToTheHeadAndItsScriptsAfterTheLayoutsInItsLanguage() throws Exception {
		String html = this.mvc.perform(get("/dashboard?lang=ar").with(user(this.identity.auditor())))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\">")
			.containsSubsequence("<title>", " · ", "</title>", "bootstrap.rtl.min.css", "/css/socle.css",
					"/css/dashboard.css", "</head>", "/js/socle.js", "/js/dashboard.js", "</body>")
			.doesNotContain("layout:", "<th:block");
	}

	@Test
	void theNavigationShowsEachRoleWhatItMayOpenAndAVisitorNothing() throws Exception {
		String admin = page(this.identity.admin());
		String auditor = page(this.identity.auditor());
		String manager = page(this.identity.managerA());
		String visitor = this.mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();

		assertThat(admin).contains("/admin/users", "/dashboard", "/account/mfa", "/notifications/bell")
			.doesNotContain("id=\"offline-indicator\"");
		assertThat(auditor).contains("/dashboard", "/inspections", "/account/mfa", "Auditeur")
			.doesNotContain("/admin/users", "id=\"offline-indicator\"");
		assertThat(manager).contains("id=\"offline-indicator\"", "data-user=\"t-manager-a\"", "/account/tokens")
			.doesNotContain("/dashboard", "/inspections", "/admin/users", "/account/mfa");
		assertThat(visitor).doesNotContain("/establishments", "/account/", "/notifications", "offline-indicator");
	}

	private String page(SocleUser user) throws Exception {
		return this.mvc.perform(get("/standards").with(user(user))).andReturn().getResponse().getContentAsString();
	}

}
