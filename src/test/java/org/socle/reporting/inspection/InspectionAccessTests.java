package org.socle.reporting.inspection;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A manager never sees the plan: every route refused, nothing written, no menu entry;
 * auditors and admins get it.
 */
@SocleTest
class InspectionAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	InspectionFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aManagerNeverSeesThePlan() throws Exception {
		long risky = this.fixtures.world().risky();
		long visits = this.jdbc.queryForObject("SELECT count(*) FROM inspection_visit", Long.class);
		SocleUser manager = this.identity.managerA();
		List<MockHttpServletRequestBuilder> routes = List.of(get("/inspections"),
				get("/inspections?region=MA-10&assignment=UNASSIGNED"), get("/inspections/export.csv"),
				get("/inspections/export.xlsx"), get("/inspections/establishments/" + risky),
				post("/inspections/establishments/" + risky + "/visit").param("plannedOn", "2099-01-01").with(csrf()),
				post("/inspections/establishments/" + risky + "/visit/cancel").param("version", "0").with(csrf()),
				get("/admin/inspections/weights"), post("/admin/inspections/weights").with(csrf()));
		for (MockHttpServletRequestBuilder route : routes) {
			this.mvc.perform(route.with(user(manager))).andExpect(status().isForbidden());
		}
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM inspection_visit", Long.class)).isEqualTo(visits);
		this.mvc.perform(get("/").with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/inspections\""))))
			.andExpect(content().string(not(containsString("/admin/inspections/weights"))));
	}

	@Test
	void auditorsAndAdminsFindThePlanInTheMenu() throws Exception {
		for (SocleUser reader : List.of(this.identity.auditor(), this.identity.admin())) {
			this.mvc.perform(get("/").with(user(reader)))
				.andExpect(content().string(containsString("href=\"/inspections\"")));
			this.mvc.perform(get("/inspections").with(user(reader))).andExpect(status().isOk());
		}
		this.mvc.perform(get("/inspections")).andExpect(status().is3xxRedirection());
	}

}
