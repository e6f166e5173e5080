package org.socle.identity.users;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.socle.QueryCount;
import org.socle.BrowserSession;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
class UserAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures fixtures;

	@Autowired
	UserRepository users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void listShowsUsersWithTheirOrganisationPaginatedInSql() throws Exception {
		this.fixtures.managerA();
		this.mvc.perform(get("/admin/users").param("q", "t-manager-a").with(user(this.fixtures.admin())))
			.andExpect(status().isOk())
			.andExpect(view().name("identity/users/list"))
			.andExpect(content().string(containsString("t-manager-a")))
			.andExpect(content().string(containsString("Test Org A")));
	}

	@Test
	void listRunsTheSameNumberOfQueriesWhateverTheNumberOfUsers() throws Exception {
		SocleUser admin = this.fixtures.admin();
		long organisation = this.fixtures.organisation("Test Org A");
		this.fixtures.user("t-count-0", Role.MANAGER, organisation);
		long few = QueryCount.of(this.mvc, get("/admin/users").param("q", "t-count-").with(user(admin)));
		for (int i = 1; i < 25; i++) {
			this.fixtures.user("t-count-" + i, Role.MANAGER, this.fixtures.organisation("Test Org " + i));
		}
		long many = QueryCount.of(this.mvc, get("/admin/users").param("q", "t-count-").with(user(admin)));
		assertThat(few).isLessThanOrEqualTo(4);
		assertThat(many).as("page, count, organisation names and login locks").isLessThanOrEqualTo(4);
	}

	/** Least privilege: the form offers no role in advance, not even the first one. */
	@Test
	void theNewUserFormMakesTheAdminChooseTheRole() throws Exception {
		Document form = Jsoup.parse(this.mvc.perform(get("/admin/users/new").with(user(this.fixtures.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(form.select("select[name=role] option").first().val()).as("what a browser shows first").isEmpty();
		assertThat(form.select("select[name=role] option[selected]")).isEmpty();

		this.mvc
			.perform(post("/admin/users/new").with(user(this.fixtures.admin()))
				.with(csrf())
				.param("username", "no.role")
				.param("displayName", "No Role")
				.param("email", "no.role@test.ma")
				.param("role", "")
				.param("password", "a-long-password"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("userForm", "role", "NotNull"))
			.andExpect(content().string(containsString("Choisissez un rôle.")))
			.andExpect(content().string(containsString("value=\"no.role@test.ma\"")));
		assertThat(this.users.existsByUsername("no.role")).isFalse();
	}

	@Test
	void createValidatesAndKeepsWhatWasTyped() throws Exception {
		this.mvc
			.perform(post("/admin/users/new").with(user(this.fixtures.admin()))
				.with(csrf())
				.param("username", "New.Person")
				.param("displayName", "  ")
				.param("email", "not-an-email")
				.param("role", "MANAGER")
				.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(view().name("identity/users/form"))
			.andExpect(
					model().attributeHasFieldErrors("userForm", "displayName", "email", "password", "organisationId"))
			.andExpect(content().string(containsString("value=\"new.person\"")))
			.andExpect(content().string(containsString("value=\"not-an-email\"")))
			.andExpect(content().string(containsString("Un gestionnaire doit être rattaché à une association.")))
			.andExpect(content().string(containsString("Ce champ est obligatoire.")));
		assertThat(this.users.existsByUsername("new.person")).isFalse();
	}

	@Test
	void createdUserCanLogIn() throws Exception {
		long organisation = this.fixtures.organisation("Test Org A");
		this.mvc
			.perform(post("/admin/users/new").with(user(this.fixtures.admin()))
				.with(csrf())
				.param("username", "t-created")
				.param("displayName", "Amina Created")
				.param("email", "amina@test.ma")
				.param("role", "MANAGER")
				.param("organisationId", String.valueOf(organisation))
				.param("enabled", "true")
				.param("password", "a-long-password"))
			.andExpect(redirectedUrl("/admin/users"));
		User created = this.users.findByUsername("t-created").orElseThrow();
		assertThat(created.getOrganisationId()).isEqualTo(organisation);
		assertThat(created.getCreatedBy()).isEqualTo("t-admin");
		this.mvc.perform(formLogin().user("t-created").password("a-long-password"))
			.andExpect(authenticated().withRoles("MANAGER"));

		this.mvc
			.perform(post("/admin/users/new").with(user(this.fixtures.admin()))
				.with(csrf())
				.param("username", "t-created")
				.param("displayName", "Twice")
				.param("email", "twice@test.ma")
				.param("role", "AUDITOR")
				.param("password", "a-long-password"))
			.andExpect(model().attributeHasFieldErrorCode("userForm", "username", "user.username.taken"));
	}

	@Test
	void staleEditShowsWhoChangedTheUserAndKeepsInput() throws Exception {
		SocleUser target = this.fixtures.user("t-stale", Role.AUDITOR, null);
		long version = this.users.findById(target.id()).orElseThrow().getVersion();
		editAuditor(target.id(), version, "First Edit").andExpect(redirectedUrl("/admin/users"));

		editAuditor(target.id(), version, "Second Edit").andExpect(status().isOk())
			.andExpect(view().name("identity/users/form"))
			.andExpect(content().string(containsString("Cette fiche a été modifiée par t-admin")))
			.andExpect(content().string(containsString("value=\"Second Edit\"")));
		assertThat(this.users.findById(target.id()).orElseThrow().getDisplayName()).isEqualTo("First Edit");
	}

	@Test
	void disabledUserCannotLogInAndPasswordResetWorks() throws Exception {
		SocleUser target = this.fixtures.user("t-toggle", Role.AUDITOR, null);
		User entity = this.users.findById(target.id()).orElseThrow();
		this.mvc
			.perform(post("/admin/users/{id}/edit", target.id()).with(user(this.fixtures.admin()))
				.with(csrf())
				.param("version", String.valueOf(entity.getVersion()))
				.param("displayName", "Toggle")
				.param("email", "toggle@test.ma")
				.param("role", "AUDITOR")
				.param("_enabled", "on"))
			.andExpect(redirectedUrl("/admin/users"));
		this.mvc.perform(formLogin().user("t-toggle").password(IdentityFixtures.PASSWORD)).andExpect(unauthenticated());

		this.mvc
			.perform(post("/admin/users/{id}/password", target.id()).with(user(this.fixtures.admin()))
				.with(csrf())
				.param("password", "too-short"))
			.andExpect(model().attributeHasFieldErrors("passwordForm", "password"));
		this.mvc
			.perform(post("/admin/users/{id}/password", target.id()).with(user(this.fixtures.admin()))
				.with(csrf())
				.param("password", "brand-new-password"))
			.andExpect(redirectedUrl("/admin/users"));
		User reloaded = this.users.findById(target.id()).orElseThrow();
		assertThat(reloaded.isEnabled()).isFalse();
		assertThat(reloaded.toSocleUser().getPassword()).doesNotContain("brand-new-password").startsWith("{bcrypt}");
	}

	@Test
	void changingAnAccountEndsItsOpenSessions() throws Exception {
		SocleUser target = this.fixtures.user("t-session", Role.AUDITOR, null);
		BrowserSession session = new BrowserSession(this.mvc);
		session.perform(formLogin().user("t-session").password(IdentityFixtures.PASSWORD)).andExpect(authenticated());
		session.perform(get("/")).andExpect(status().isOk());

		long version = this.users.findById(target.id()).orElseThrow().getVersion();
		this.mvc
			.perform(post("/admin/users/{id}/edit", target.id()).with(user(this.fixtures.admin()))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("displayName", "Moved")
				.param("email", "moved@test.ma")
				.param("role", "MANAGER")
				.param("organisationId", String.valueOf(this.fixtures.organisation("Test Org B")))
				.param("enabled", "true"))
			.andExpect(redirectedUrl("/admin/users"));

		session.perform(get("/")).andExpect(redirectedUrl("/login?expired"));
		assertThat(this.jdbc.queryForObject("""
				select r.username || ' ' || a.role from app_user_aud a join revinfo r on r.id = a.rev
				where a.id = ? order by a.rev desc limit 1""", String.class, target.id()))
			.as("the change is in the audit trail")
			.isEqualTo("t-admin MANAGER");
	}

	@Test
	void adminCannotDemoteOrDisableThemself() throws Exception {
		SocleUser admin = this.fixtures.admin();
		long version = this.users.findById(admin.id()).orElseThrow().getVersion();
		this.mvc
			.perform(post("/admin/users/{id}/edit", admin.id()).with(user(admin))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("displayName", "Me")
				.param("email", "me@test.ma")
				.param("role", "AUDITOR")
				.param("enabled", "true"))
			.andExpect(model().attributeHasFieldErrorCode("userForm", "role", "user.self.demotion"));
		assertThat(this.users.findById(admin.id()).orElseThrow().getRole()).isEqualTo(Role.ADMIN);
	}

	@Test
	void editFormShowsTheUsernameReadOnlyAndNoPasswordField() throws Exception {
		SocleUser target = this.fixtures.user("t-readonly-name", Role.AUDITOR, null);
		this.mvc.perform(get("/admin/users/{id}/edit", target.id()).with(user(this.fixtures.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"username\""))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"password\""))))
			.andExpect(content().string(containsString("t-readonly-name")));
	}

	@Test
	void unknownSortColumnsAndHugePagesAreIgnored() throws Exception {
		this.mvc
			.perform(get("/admin/users").param("sort", "nope,desc")
				.param("size", "100000")
				.with(user(this.fixtures.admin())))
			.andExpect(status().isOk())
			.andExpect(model().attribute("page", org.hamcrest.Matchers.hasProperty("size",
					org.hamcrest.Matchers.lessThanOrEqualTo(org.socle.shared.web.Paging.MAX_PAGE_SIZE))));
	}

	@Test
	void unknownUserIdAnswers404() throws Exception {
		this.mvc.perform(get("/admin/users/{id}/edit", 999_999).with(user(this.fixtures.admin())))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error/404"));
	}

	private org.springframework.test.web.servlet.ResultActions editAuditor(long id, long version, String name)
			throws Exception {
		return this.mvc.perform(post("/admin/users/{id}/edit", id).with(user(this.fixtures.admin()))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("displayName", name)
			.param("email", "stale@test.ma")
			.param("role", "AUDITOR")
			.param("enabled", "true"));
	}

}
