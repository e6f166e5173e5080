package org.socle.api.v1;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.security.TwoOrganisations;
import org.socle.security.TwoOrganisations.World;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reference standards through the API: published versions, a version's whole tree in
 * the documented format, drafts for admins only.
 */
@SocleTest
class ApiStandardsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TwoOrganisations organisations;

	@Autowired
	JdbcTemplate jdbc;

	World world;

	@BeforeEach
	void world() {
		this.world = this.organisations.world();
	}

	@Test
	void publishedVersionsAndAWholeTreeInTheDocumentedFormat() throws Exception {
		this.mvc.perform(get("/api/v1/standards").with(user(this.world.a().manager())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].code", hasItem("SOCLE-EPS")))
			.andExpect(jsonPath("$.items[*].status", not(hasItem("DRAFT"))));
		this.mvc.perform(get("/api/v1/standards/SOCLE-EPS/1.0").with(user(this.world.a().manager())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.format", is("socle-standard/1")))
			.andExpect(jsonPath("$.code", is("SOCLE-EPS")))
			.andExpect(jsonPath("$.domains.length()", greaterThanOrEqualTo(5)))
			.andExpect(jsonPath("$.domains[0].criteria[0].indicators[0].code", is("D1.C1.I1")));
		this.mvc.perform(get("/api/v1/standards/SOCLE-EPS/9.9").with(user(this.world.a().manager())))
			.andExpect(status().isNotFound());
	}

	@Test
	void aDraftIsForAdminsOnly() throws Exception {
		Map<String, Object> draft = this.jdbc.queryForMap(
				"select code, standard_version from reference_standard where id = ?", this.world.draftStandard());
		String path = "/api/v1/standards/" + draft.get("code") + "/" + draft.get("standard_version");
		this.mvc.perform(get(path).with(user(this.world.auditor()))).andExpect(status().isNotFound());
		this.mvc.perform(get(path).with(user(this.world.admin())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code", is(draft.get("code"))));
	}

}
