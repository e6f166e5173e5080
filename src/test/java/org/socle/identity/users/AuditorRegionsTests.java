package org.socle.identity.users;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;
import org.socle.identity.UserRoster;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator sets the regions an auditor covers on the user form; the roster then
 * finds the auditor for those regions only, and a user who stops being an auditor covers
 * none.
 */
@SocleTest
class AuditorRegionsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures fixtures;

	@Autowired
	UserRoster roster;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theAdminSetsTheRegionsAnAuditorCoversOnTheUserForm() throws Exception {
		SocleUser auditor = this.fixtures.user("t-regions-auditor", Role.AUDITOR, null);
		this.mvc.perform(edit(auditor, "AUDITOR").param("regionCodes", "MA-08", "MA-09"))
			.andExpect(redirectedUrl("/admin/users"));

		assertThat(this.roster.activeAuditorsCovering("MA-08")).containsExactly(auditor.id());
		assertThat(this.roster.activeAuditorsCovering("MA-09")).containsExactly(auditor.id());
		assertThat(this.roster.activeAuditorsCovering("MA-07")).doesNotContain(auditor.id());
		Document form = Jsoup.parse(this.mvc
			.perform(get("/admin/users/{id}/edit", auditor.id()).param("lang", "ar").with(user(this.fixtures.admin())))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(form.select("input[name=regionCodes][checked]").eachAttr("value")).containsExactly("MA-08", "MA-09");
		assertThat(form.select("label[for=regionCodes8]").text()).isEqualTo("درعة - تافيلالت");

		this.mvc.perform(edit(auditor, "AUDITOR").param("regionCodes", "MA-09"))
			.andExpect(redirectedUrl("/admin/users"));
		assertThat(this.roster.activeAuditorsCovering("MA-08")).doesNotContain(auditor.id());

		this.jdbc.update("update app_user set enabled = false where id = ?", auditor.id());
		assertThat(this.roster.activeAuditorsCovering("MA-09")).as("disabled").doesNotContain(auditor.id());
		assertThat(this.roster.activeAuditors()).doesNotContain(auditor.id());
	}

	@Test
	void aUserWhoIsNoLongerAnAuditorCoversNoRegion() throws Exception {
		SocleUser auditor = this.fixtures.user("t-regions-former", Role.AUDITOR, null);
		this.mvc.perform(edit(auditor, "AUDITOR").param("regionCodes", "MA-05"))
			.andExpect(redirectedUrl("/admin/users"));
		this.mvc
			.perform(edit(auditor, "MANAGER")
				.param("organisationId", Long.toString(this.fixtures.organisation("Test Org A")))
				.param("regionCodes", "MA-05"))
			.andExpect(redirectedUrl("/admin/users"));

		assertThat(this.jdbc.queryForObject("select count(*) from auditor_region where user_id = ?", Integer.class,
				auditor.id()))
			.isZero();
		assertThat(this.roster.activeManagersOf(this.fixtures.organisation("Test Org A"))).contains(auditor.id());
	}

	@Test
	void anUnknownRegionIsRefused() throws Exception {
		SocleUser auditor = this.fixtures.user("t-regions-unknown", Role.AUDITOR, null);
		this.mvc.perform(edit(auditor, "AUDITOR").param("regionCodes", "MA-99"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("userForm", "regionCodes", "user.regions.unknown"));
		assertThat(this.jdbc.queryForObject("select count(*) from auditor_region where user_id = ?", Integer.class,
				auditor.id()))
			.isZero();
	}

	private MockHttpServletRequestBuilder edit(SocleUser target, String role) {
		long version = this.jdbc.queryForObject("select version from app_user where id = ?", Long.class, target.id());
		return post("/admin/users/{id}/edit", target.id()).with(user(this.fixtures.admin()))
			.with(csrf())
			.param("displayName", target.displayName())
			.param("email", target.getUsername() + "@test.ma")
			.param("role", role)
			.param("enabled", "true")
			.param("version", Long.toString(version));
	}

}
