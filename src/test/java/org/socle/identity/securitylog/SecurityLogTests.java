package org.socle.identity.securitylog;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
 * Logins, failures, lock-outs and role changes reach the security log, which admins (and
 * only admins) read page by page; the log cannot be changed afterwards.
 */
@SocleTest
class SecurityLogTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void loginsAndFailuresAreLoggedWithTheirAddressAndAdminsReadThem() throws Exception {
		this.fixtures.user("t-log-login", Role.AUDITOR, null);
		this.mvc.perform(formLogin().user("t-log-login").password(IdentityFixtures.PASSWORD));
		this.mvc.perform(formLogin().user("T-Log-Login").password("not the password")).andExpect(unauthenticated());
		this.mvc.perform(formLogin().user("t-log-nobody").password("whatever")).andExpect(unauthenticated());

		assertThat(events("t-log-login")).containsExactly(Map.of("kind", "LOGIN_SUCCEEDED", "address", "127.0.0.1"),
				Map.of("kind", "LOGIN_FAILED", "address", "127.0.0.1"));
		assertThat(events("t-log-nobody")).containsExactly(Map.of("kind", "LOGIN_FAILED", "address", "127.0.0.1"));

		this.mvc
			.perform(get("/admin/security-log").param("username", "t-log-login")
				.param("kind", "LOGIN_FAILED")
				.with(user(this.fixtures.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Échec de connexion")))
			.andExpect(content().string(containsString("t-log-login")))
			.andExpect(content().string(not(containsString("t-log-nobody"))));
		this.mvc.perform(get("/admin/security-log").param("lang", "ar").with(user(this.fixtures.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("سجل الأمان")));
		this.mvc.perform(get("/admin/security-log").with(user(this.fixtures.auditor())))
			.andExpect(status().isForbidden());
	}

	@Test
	void roleChangesAndResetsNameTheAdminWhoMadeThem() throws Exception {
		SocleUser target = this.fixtures.user("t-log-role", Role.AUDITOR, null);
		long version = this.jdbc.queryForObject("select version from app_user where id = ?", Long.class, target.id());
		this.mvc
			.perform(post("/admin/users/{id}/edit", target.id()).with(user(this.fixtures.admin()))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("displayName", "Role")
				.param("email", "role@test.ma")
				.param("role", "ADMIN")
				.param("enabled", "true"))
			.andExpect(redirectedUrl("/admin/users"));
		this.mvc
			.perform(post("/admin/users/{id}/password", target.id()).with(user(this.fixtures.admin()))
				.with(csrf())
				.param("password", "tagine et menthe fraiche"))
			.andExpect(redirectedUrl("/admin/users"));

		assertThat(this.jdbc
			.queryForList("select kind, actor, detail from security_event where username = 't-log-role' order by id"))
			.containsExactly(Map.of("kind", "ROLE_CHANGED", "actor", "t-admin", "detail", "AUDITOR → ADMIN"),
					mapWithNullDetail("PASSWORD_RESET", "t-admin"));
		assertThatThrownBy(() -> this.jdbc.update("delete from security_event where username = 't-log-role'"))
			.hasMessageContaining("append-only");
	}

	private List<Map<String, Object>> events(String username) {
		return this.jdbc.queryForList(
				"select kind, address from security_event where username = ? order by occurred_at, id", username);
	}

	private static Map<String, Object> mapWithNullDetail(String kind, String actor) {
		Map<String, Object> row = new java.util.HashMap<>();
		row.put("kind", kind);
		row.put("actor", actor);
		row.put("detail", null);
		return row;
	}

}
