package org.socle.establishment;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The access rules through the web layer, with two organisations: each manager sees and
 * edits only their own establishments, ids of the other organisation (in URLs and in
 * forms) answer 404 or are ignored, the auditor only reads, the admin does everything.
 */
@SocleTest
class EstablishmentWebAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures fixtures;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	JdbcTemplate jdbc;

	long orgA;

	long orgB;

	long ofA;

	long ofB;

	long staffOfB;

	@BeforeEach
	void twoOrganisations() {
		this.orgA = this.fixtures.organisation("Test Org A");
		this.orgB = this.fixtures.organisation("Test Org B");
		this.ofA = this.establishments.establishment("WA Foyer de A", this.orgA).id();
		this.ofB = this.establishments.establishment("WA Foyer de B", this.orgB).id();
		this.staffOfB = this.establishments.staff(this.ofB, "WA Salarié de B", true, LocalDate.of(2020, 1, 1), null);
	}

	@Test
	void aManagerGets404ForEveryPageOfAnotherOrganisationsEstablishment() throws Exception {
		SocleUser managerA = this.fixtures.managerA();
		for (String page : new String[] { "", "/edit", "/staff", "/committee", "/resources", "/history",
				"/staff/" + this.staffOfB + "/edit" }) {
			this.mvc.perform(get("/establishments/" + this.ofB + page).with(user(managerA)))
				.andExpect(status().isNotFound())
				.andExpect(view().name("error/404"))
				.andExpect(content().string(not(containsString("WA Foyer de B"))));
		}
		this.mvc.perform(get("/establishments/" + this.ofA).with(user(managerA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("WA Foyer de A")));
		this.mvc.perform(get("/establishments/999999999").with(user(managerA))).andExpect(status().isNotFound());
	}

	@Test
	void aManagerCannotChangeAnotherOrganisationsEstablishmentOrItsRecords() throws Exception {
		SocleUser managerA = this.fixtures.managerA();
		this.mvc.perform(validForm(post("/establishments/" + this.ofB + "/edit"), "WA Piraté").with(user(managerA)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/establishments/" + this.ofB + "/staff").with(user(managerA))
				.with(csrf())
				.param("name", "Intrus")
				.param("startDate", "2024-01-01")
				.param("trainingHoursPerYear", "0"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/establishments/" + this.ofB + "/staff/" + this.staffOfB + "/delete").with(user(managerA))
				.with(csrf())
				.param("version", "0"))
			.andExpect(status().isNotFound());
		assertThat(count("select count(*) from establishment where name_fr = 'WA Piraté'")).isZero();
		assertThat(count("select count(*) from establishment_staff where id = " + this.staffOfB)).isEqualTo(1);
		assertThat(count("select count(*) from establishment_staff where name = 'Intrus'")).isZero();
	}

	@Test
	void aRecordIdOfAnotherEstablishmentInAManagersOwnUrlAnswers404() throws Exception {
		SocleUser managerA = this.fixtures.managerA();
		this.mvc.perform(get("/establishments/" + this.ofA + "/staff/" + this.staffOfB + "/edit").with(user(managerA)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/establishments/" + this.ofA + "/staff/" + this.staffOfB + "/edit").with(user(managerA))
				.with(csrf())
				.param("name", "Renommé par A")
				.param("startDate", "2020-01-01")
				.param("trainingHoursPerYear", "0")
				.param("version", "0"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/establishments/" + this.ofA + "/staff/" + this.staffOfB + "/delete").with(user(managerA))
				.with(csrf())
				.param("version", "0"))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject("select name from establishment_staff where id = ?", String.class,
				this.staffOfB))
			.isEqualTo("WA Salarié de B");
	}

	@Test
	void aManagerCreatesOnlyForTheirOrganisationWhateverTheFormSays() throws Exception {
		this.mvc
			.perform(validForm(post("/establishments/new"), "WA Créé par A")
				.param("organisationId", String.valueOf(this.orgB))
				.with(user(this.fixtures.managerA())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/establishments/*"));
		assertThat(count("select organisation_id from establishment where name_fr = 'WA Créé par A'"))
			.isEqualTo(this.orgA);
	}

	@Test
	void aManagerCannotMoveTheirEstablishmentToAnotherOrganisation() throws Exception {
		long id = this.establishments.establishment("WA A reste à A", this.orgA).id();
		this.mvc
			.perform(validForm(post("/establishments/" + id + "/edit"), "WA A reste à A")
				.param("organisationId", String.valueOf(this.orgB))
				.with(user(this.fixtures.managerA())))
			.andExpect(status().is3xxRedirection());
		assertThat(count("select organisation_id from establishment where id = " + id)).isEqualTo(this.orgA);
	}

	@Test
	void anAuditorReadsEverythingButCannotChangeAnything() throws Exception {
		SocleUser auditor = this.fixtures.auditor();
		this.mvc.perform(get("/establishments/" + this.ofB + "/staff").with(user(auditor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("WA Salarié de B")))
			.andExpect(content().string(not(containsString("/edit"))))
			.andExpect(content().string(not(containsString("method=\"post\" novalidate"))));
		this.mvc.perform(get("/establishments/new").with(user(auditor))).andExpect(status().isForbidden());
		this.mvc.perform(get("/establishments/" + this.ofA + "/edit").with(user(auditor)))
			.andExpect(status().isForbidden());
		this.mvc.perform(validForm(post("/establishments/new"), "WA Créé par l'auditeur").with(user(auditor)))
			.andExpect(status().isForbidden());
		this.mvc.perform(validForm(post("/establishments/" + this.ofA + "/edit"), "WA Modifié").with(user(auditor)))
			.andExpect(status().isForbidden())
			.andExpect(view().name("error/403"));
		this.mvc
			.perform(post("/establishments/" + this.ofB + "/staff/" + this.staffOfB + "/delete").with(user(auditor))
				.with(csrf())
				.param("version", "0"))
			.andExpect(status().isForbidden());
		this.mvc.perform(
				post("/establishments/" + this.ofB + "/resources").with(user(auditor)).with(csrf()).param("year", ""))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from establishment where name_fr = ?", Long.class,
				"WA Créé par l'auditeur"))
			.isZero();
		assertThat(count("select count(*) from establishment_staff where id = " + this.staffOfB)).isEqualTo(1);
	}

	@Test
	void anAdminCreatesForAnyOrganisationAndMovesEstablishments() throws Exception {
		SocleUser admin = this.fixtures.admin();
		this.mvc
			.perform(validForm(post("/establishments/new"), "WA Créé par l’admin")
				.param("organisationId", String.valueOf(this.orgB))
				.with(user(admin)))
			.andExpect(status().is3xxRedirection());
		long id = count("select id from establishment where name_fr = 'WA Créé par l’admin'");
		assertThat(count("select organisation_id from establishment where id = " + id)).isEqualTo(this.orgB);

		this.mvc
			.perform(validForm(post("/establishments/" + id + "/edit"), "WA Créé par l’admin")
				.param("organisationId", String.valueOf(this.orgA))
				.with(user(admin)))
			.andExpect(status().is3xxRedirection());
		assertThat(count("select organisation_id from establishment where id = " + id)).isEqualTo(this.orgA);
	}

	@Test
	void anAdminMustChooseAnExistingOrganisation() throws Exception {
		this.mvc
			.perform(validForm(post("/establishments/new"), "WA Sans association").param("organisationId", "999999999")
				.with(user(this.fixtures.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choisissez l’association gestionnaire.")));
	}

	@Test
	void postsWithoutCsrfTokenAreRefused() throws Exception {
		this.mvc
			.perform(post("/establishments/" + this.ofA + "/edit").param("nameFr", "x")
				.with(user(this.fixtures.managerA())))
			.andExpect(status().isForbidden());
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/establishments/" + this.ofA))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	private MockHttpServletRequestBuilder validForm(MockHttpServletRequestBuilder request, String nameFr) {
		return request.with(csrf())
			.param("nameFr", nameFr)
			.param("nameAr", "مؤسسة")
			.param("category", "CHILDREN")
			.param("status", "ACTIVE")
			.param("regionCode", "MA-04")
			.param("authorisationStatus", "PENDING")
			.param("authorisedCapacity", "30")
			.param("version", "0");
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
