package org.socle.establishment.organisations;

import org.junit.jupiter.api.Test;
import org.socle.QueryCount;
import org.socle.SocleTest;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Organisation list and detail per role; only administrators create and edit.
 */
@SocleTest
class OrganisationPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures fixtures;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aManagerSeesOnlyTheirOwnOrganisation() throws Exception {
		long orgA = this.fixtures.organisation("Test Org A");
		long orgB = this.fixtures.organisation("Test Org B");
		this.establishments.establishment("OP Foyer de A", orgA);
		SocleUser managerA = this.fixtures.managerA();
		this.mvc.perform(get("/organisations").with(user(managerA)))
			.andExpect(status().isOk())
			.andExpect(view().name(OrganisationController.LIST_VIEW))
			.andExpect(content().string(allOf(containsString("Test Org A"), not(containsString("Test Org B")),
					not(containsString("Nouvelle association")))));
		this.mvc.perform(get("/organisations/" + orgA).with(user(managerA)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("OP Foyer de A"), not(containsString("/edit")))));
		this.mvc.perform(get("/organisations/" + orgB).with(user(managerA))).andExpect(status().isNotFound());
		this.mvc.perform(get("/organisations/" + orgB + "/edit").with(user(managerA))).andExpect(status().isNotFound());
		this.mvc.perform(get("/organisations/" + orgA + "/edit").with(user(managerA)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/organisations/new").with(user(managerA))).andExpect(status().isForbidden());
	}

	@Test
	void anAuditorReadsEveryOrganisationButEditsNone() throws Exception {
		this.fixtures.organisation("Test Org A");
		long orgB = this.fixtures.organisation("Test Org B");
		SocleUser auditor = this.fixtures.auditor();
		this.mvc.perform(get("/organisations").param("q", "test org").param("size", "100").with(user(auditor)))
			.andExpect(content().string(allOf(containsString("Test Org A"), containsString("Test Org B"))));
		this.mvc.perform(get("/organisations/" + orgB).with(user(auditor))).andExpect(status().isOk());
		this.mvc
			.perform(post("/organisations/" + orgB + "/edit").with(user(auditor))
				.with(csrf())
				.param("name", "Renommée par l’auditeur")
				.param("legalForm", "ASSOCIATION")
				.param("regionCode", "MA-01"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select name from organisation where id = ?", String.class, orgB))
			.isEqualTo("Test Org B");
	}

	@Test
	void anAdminCreatesAndEditsOrganisationsWithValidation() throws Exception {
		SocleUser admin = this.fixtures.admin();
		this.fixtures.organisation("Test Org A");
		this.mvc
			.perform(post("/organisations/new").with(user(admin))
				.with(csrf())
				.param("name", "Test Org A")
				.param("regionCode", "MA-99")
				.param("email", "nope")
				.param("phone", "x"))
			.andExpect(status().isOk())
			.andExpect(view().name(OrganisationController.FORM_VIEW))
			.andExpect(model().attributeHasFieldErrors("organisationForm", "name", "legalForm", "regionCode", "email",
					"phone"))
			.andExpect(content().string(containsString("Une association porte déjà ce nom.")));

		String name = "OP Association du test " + System.nanoTime();
		String location = this.mvc
			.perform(post("/organisations/new").with(user(admin))
				.with(csrf())
				.param("name", name)
				.param("legalForm", "FOUNDATION")
				.param("registrationNumber", "OP-" + System.nanoTime())
				.param("regionCode", "MA-09")
				.param("address", "Agadir")
				.param("contactPerson", "Ahmed Test")
				.param("email", "op@test.ma")
				.param("phone", "+212 528 00 00 00")
				.param("active", "true"))
			.andExpect(redirectedUrlPattern("/organisations/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(location).with(user(admin)).param("lang", "en"))
			.andExpect(content().string(allOf(containsString(name), containsString("Foundation"),
					containsString("Souss-Massa"), containsString("op@test.ma"))));
		long id = this.jdbc.queryForObject("select id from organisation where name = ?", Long.class, name);
		this.mvc.perform(get("/organisations/" + id + "/edit").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(view().name(OrganisationController.FORM_VIEW))
			.andExpect(content().string(allOf(containsString("value=\"op@test.ma\""),
					containsString("<option value=\"FOUNDATION\" selected=\"selected\">"))));

		this.mvc
			.perform(post("/organisations/" + id + "/edit").with(user(admin))
				.with(csrf())
				.param("name", name)
				.param("legalForm", "ASSOCIATION")
				.param("regionCode", "MA-09")
				.param("version", "7"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cette fiche a été modifiée par t-admin")));
		this.mvc
			.perform(post("/organisations/" + id + "/edit").with(user(admin))
				.with(csrf())
				.param("name", name)
				.param("legalForm", "ASSOCIATION")
				.param("regionCode", "MA-09")
				.param("version", "0"))
			.andExpect(redirectedUrlPattern("/organisations/*"));
		assertThat(this.jdbc.queryForObject("select legal_form from organisation where id = ?", String.class, id))
			.isEqualTo("ASSOCIATION");
		assertThat(this.jdbc.queryForObject("select count(*) from organisation_aud where id = ?", Long.class, id))
			.as("organisations are audited too")
			.isEqualTo(2);
	}

	@Test
	void theOrganisationsListRunsABoundedNumberOfStatements() throws Exception {
		SocleUser admin = this.fixtures.admin();
		for (int i = 0; i < 30; i++) {
			long org = this.fixtures.organisation("OP QC org " + i);
			this.establishments.establishment("OP QC foyer " + i, org);
		}
		long few = QueryCount.of(this.mvc, get("/organisations").param("q", "OP QC org 1").with(user(admin)));
		long many = QueryCount.of(this.mvc, get("/organisations").param("q", "OP QC org").with(user(admin)));
		assertThat(few).isLessThanOrEqualTo(3);
		assertThat(many).as("page, count, establishment numbers").isLessThanOrEqualTo(3);
	}

}
