package org.socle.establishment.registry;

import org.junit.jupiter.api.Test;
import org.socle.KeptBody;
import org.socle.SocleTest;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The overview's body is rendered once per content of the establishment's details and
 * locale (RenderedViews): a second request gets the same HTML without rendering it, a
 * change of the data shows at once, and what differs by user (the edit button) is part of
 * the key. The access check still runs first.
 */
@SocleTest
class EstablishmentOverviewBodyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures fixtures;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSecondRequestIsServedFromMemoryAndAChangeGivesNewHtml() throws Exception {
		long id = this.establishments.establishment("RV foyer gardé", this.fixtures.organisation("RV Org")).id();
		SocleUser admin = this.fixtures.admin();

		String first = body(id, admin);
		String second = body(id, admin);
		assertThat(second).as("the kept HTML, not a new rendering").isSameAs(first).contains("RV foyer gardé");

		this.jdbc.update("update establishment set director_name = 'Directrice RV' where id = ?", id);
		String changed = body(id, admin);
		assertThat(changed).isNotSameAs(first).contains("Directrice RV");
	}

	@Test
	void theEditButtonFollowsTheUserAndTheAccessCheckRunsFirst() throws Exception {
		long organisation = this.fixtures.organisation("RV Org droits");
		long id = this.establishments.establishment("RV foyer droits", organisation).id();
		String edit = "/establishments/" + id + "/edit";

		assertThat(body(id, this.fixtures.admin())).contains(edit);
		assertThat(body(id, this.fixtures.auditor())).contains("RV foyer droits").doesNotContain(edit);
		this.mvc.perform(get("/establishments/{id}", id).with(user(this.fixtures.managerA())))
			.andExpect(status().isNotFound());
	}

	private String body(long id, SocleUser user) throws Exception {
		return KeptBody.of(this.mvc, get("/establishments/{id}", id).with(user(user)));
	}

}
