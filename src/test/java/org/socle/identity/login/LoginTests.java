package org.socle.identity.login;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socle.BrowserSession;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;
import org.socle.identity.users.User;
import org.socle.identity.users.UserRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.test.web.servlet.MockMvc;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@SocleTest
class LoginTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures fixtures;

	@Autowired
	UserRepository users;

	@Autowired
	FilterChainProxy securityFilters;

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest
	@CsvSource({ "t-admin, ADMIN, admin", "t-auditor, AUDITOR, auditor", "t-manager-a, MANAGER, manager" })
	void eachRoleLogsInLandsOnItsHomeAndLogsOut(String username, Role role, String home) throws Exception {
		ensure(role);
		BrowserSession browser = new BrowserSession(this.mvc);
		browser.perform(formLogin().user(username).password(IdentityFixtures.PASSWORD))
			.andExpect(authenticated().withUsername(username).withRoles(role.name()))
			.andExpect(redirectedUrl("/"));

		browser.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(view().name("home/index"))
			.andExpect(model().attribute("role", home));

		browser.perform(post("/logout").with(csrf()))
			.andExpect(redirectedUrl("/login?logout"))
			.andExpect(unauthenticated());
		browser.perform(get("/")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void loginRecordsTheLastLoginTime() throws Exception {
		SocleUser auditor = this.fixtures.auditor();
		this.mvc.perform(formLogin().user("t-auditor").password(IdentityFixtures.PASSWORD)).andExpect(authenticated());
		assertThat(this.jdbc.queryForObject("select last_login_at from app_user where id = ?", Instant.class,
				auditor.id()))
			.isNotNull();
	}

	@Test
	void wrongPasswordUnknownUserAndDisabledUserGetTheSameTranslatedMessage() throws Exception {
		this.fixtures.admin();
		SocleUser disabled = this.fixtures.user("t-disabled", Role.AUDITOR, null);
		User entity = this.users.findById(disabled.id()).orElseThrow();
		entity.update("Disabled", "d@test.ma", Role.AUDITOR, null, false);
		this.users.save(entity);

		this.mvc.perform(formLogin().user("t-admin").password("wrong-password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin().user("nobody-here").password("wrong-password"))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin().user("t-disabled").password(IdentityFixtures.PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));

		this.mvc.perform(get("/login?error"))
			.andExpect(content().string(containsString("Identifiant ou mot de passe incorrect.")));
		this.mvc.perform(get("/login?error&lang=en"))
			.andExpect(content().string(containsString("Wrong username or password.")));
		this.mvc.perform(get("/login?error&lang=ar"))
			.andExpect(content().string(containsString("اسم المستخدم أو كلمة المرور غير صحيحة.")));
	}

	@Test
	void loginThrottleIsInTheSecurityFilterChain() {
		assertThat(this.securityFilters.getFilters("/login")).hasAtLeastOneElementOfType(LoginThrottleFilter.class);
	}

	@Test
	void postWithoutCsrfTokenIsRejected() throws Exception {
		this.fixtures.admin();
		this.mvc.perform(post("/login").param("username", "t-admin").param("password", IdentityFixtures.PASSWORD))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
		this.mvc
			.perform(post("/admin/users/new").with(user(this.fixtures.admin()))
				.param("username", "no-csrf")
				.param("displayName", "No CSRF"))
			.andExpect(status().isForbidden());
		assertThat(this.users.existsByUsername("no-csrf")).isFalse();
		this.mvc
			.perform(post("/admin/users/new").with(user(this.fixtures.admin()))
				.with(csrf().useInvalidToken())
				.param("username", "bad-csrf"))
			.andExpect(status().isForbidden());
	}

	@Test
	void wrongRoleGetsForbidden() throws Exception {
		this.mvc.perform(get("/admin/users").with(user(this.fixtures.managerA()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/users").with(user(this.fixtures.auditor()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/users").with(user(this.fixtures.admin()))).andExpect(status().isOk());
	}

	@Test
	void anonymousUsersAreSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	private void ensure(Role role) {
		switch (role) {
			case ADMIN -> this.fixtures.admin();
			case AUDITOR -> this.fixtures.auditor();
			case MANAGER -> this.fixtures.managerA();
		}
	}

}
