package org.socle.establishment.records;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Add, edit and remove staff, committee members, meetings and yearly resources from the
 * detail tabs.
 */
@SocleTest
class EstablishmentRecordsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures fixtures;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	JdbcTemplate jdbc;

	SocleUser manager;

	long id;

	@BeforeEach
	void establishment() {
		this.manager = this.fixtures.managerA();
		this.id = this.establishments.establishment("RT Foyer des onglets", this.fixtures.organisation("Test Org A"))
			.id();
	}

	@Test
	void staffAreAddedEditedAndRemoved() throws Exception {
		String tab = "/establishments/" + this.id + "/staff";
		this.mvc
			.perform(post(tab).with(user(this.manager))
				.with(csrf())
				.param("name", "RT Nadia Educatrice")
				.param("qualification", "Éducatrice spécialisée")
				.param("careQualified", "true")
				.param("startDate", "2022-09-01")
				.param("trainingHoursPerYear", "24"))
			.andExpect(redirectedUrl(tab))
			.andExpect(flash().attribute("success", "staff.added"));
		Map<String, Object> row = this.jdbc.queryForMap(
				"select id, care_qualified, version from establishment_staff where name = 'RT Nadia Educatrice'");
		assertThat(row).containsEntry("care_qualified", true);
		long staffId = (Long) row.get("id");

		this.mvc.perform(get(tab + "/" + staffId + "/edit").with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(view().name(RecordTab.STAFF.view()))
			.andExpect(content().string(allOf(containsString("value=\"RT Nadia Educatrice\""),
					containsString("/staff/" + staffId + "/edit"))));

		this.mvc
			.perform(post(tab + "/" + staffId + "/edit").with(user(this.manager))
				.with(csrf())
				.param("name", "RT Nadia Educatrice")
				.param("startDate", "2022-09-01")
				.param("endDate", "2025-06-30")
				.param("trainingHoursPerYear", "30")
				.param("version", String.valueOf(row.get("version"))))
			.andExpect(redirectedUrl(tab));
		assertThat(this.jdbc.queryForMap("select care_qualified, end_date::text as end_date, training_hours_per_year "
				+ "from establishment_staff where id = ?", staffId))
			.containsEntry("care_qualified", false)
			.containsEntry("end_date", "2025-06-30")
			.containsEntry("training_hours_per_year", 30);

		this.mvc
			.perform(post(tab + "/" + staffId + "/delete").with(user(this.manager)).with(csrf()).param("version", "1"))
			.andExpect(redirectedUrl(tab))
			.andExpect(flash().attribute("success", "staff.removed"));
		assertThat(count("select count(*) from establishment_staff where id = " + staffId)).isZero();
	}

	@Test
	void staffFormErrorsAreShownOnTheTab() throws Exception {
		this.mvc
			.perform(post("/establishments/" + this.id + "/staff").with(user(this.manager))
				.with(csrf())
				.param("name", "")
				.param("startDate", "2024-05-01")
				.param("endDate", "2024-01-01")
				.param("trainingHoursPerYear", "-3"))
			.andExpect(status().isOk())
			.andExpect(view().name(RecordTab.STAFF.view()))
			.andExpect(model().attributeHasFieldErrors("staffForm", "name", "endDate", "trainingHoursPerYear"))
			.andExpect(content().string(allOf(containsString("La date de départ précède la date d’entrée."),
					containsString("La valeur ne peut pas être négative."))));
	}

	@Test
	void aStaleRemovalIsRefusedWithAWarning() throws Exception {
		long staffId = this.establishments.staff(this.id, "RT Salarié modifié ailleurs", false,
				java.time.LocalDate.of(2021, 1, 1), null);
		this.mvc
			.perform(post("/establishments/" + this.id + "/staff/" + staffId + "/delete").with(user(this.manager))
				.with(csrf())
				.param("version", "7"))
			.andExpect(redirectedUrl("/establishments/" + this.id + "/staff"))
			.andExpect(flash().attribute("warning", "record.removeStale"));
		assertThat(count("select count(*) from establishment_staff where id = " + staffId)).isEqualTo(1);
	}

	@Test
	void committeeMembersAndMeetingsAreKept() throws Exception {
		String tab = "/establishments/" + this.id + "/committee";
		this.mvc
			.perform(post(tab + "/members").with(user(this.manager))
				.with(csrf())
				.param("name", "RT Présidente")
				.param("role", "PRESIDENT")
				.param("sinceDate", "2023-01-15"))
			.andExpect(redirectedUrl(tab));
		this.mvc
			.perform(post(tab + "/members").with(user(this.manager))
				.with(csrf())
				.param("name", "RT Représentant des résidents")
				.param("role", "BENEFICIARY_REPRESENTATIVE"))
			.andExpect(redirectedUrl(tab));
		this.mvc
			.perform(post(tab + "/meetings").with(user(this.manager))
				.with(csrf())
				.param("meetingDate", "2024-11-20")
				.param("minutesReference", "PV-2024-03")
				.param("summary", "Budget 2025"))
			.andExpect(redirectedUrl(tab));
		this.mvc.perform(post(tab + "/members").with(user(this.manager)).with(csrf()).param("name", "Sans rôle"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("memberForm", "role"));

		this.mvc.perform(get(tab).with(user(this.manager)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("RT Présidente"), containsString("Chair"),
					containsString("Beneficiaries’ representative"), containsString("PV-2024-03"),
					containsString("20/11/2024"))));
	}

	@Test
	void anEstablishmentWithoutCommitteeIsFlagged() throws Exception {
		long bare = this.establishments.establishment("RT Sans comité", this.fixtures.organisation("Test Org A")).id();
		this.mvc.perform(get("/establishments/" + bare + "/committee").with(user(this.fixtures.auditor())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("la loi 65-15 en exige un")));
	}

	@Test
	void resourcesAreOneRowPerYearWithSharesBySource() throws Exception {
		String tab = "/establishments/" + this.id + "/resources";
		this.mvc
			.perform(post(tab).with(user(this.manager))
				.with(csrf())
				.param("year", "2024")
				.param("publicFunding", "150000.00")
				.param("agreements", "50000")
				.param("charity", "250000.50")
				.param("ownIncome", "49999.50"))
			.andExpect(redirectedUrl(tab));
		this.mvc
			.perform(post(tab).with(user(this.manager))
				.with(csrf())
				.param("year", "2024")
				.param("publicFunding", "1")
				.param("agreements", "0")
				.param("charity", "-5")
				.param("ownIncome", "abc"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("resourcesForm", "year", "resources.year.taken"))
			.andExpect(model().attributeHasFieldErrors("resourcesForm", "charity", "ownIncome"))
			.andExpect(content().string(containsString("Cette année est déjà saisie")));
		assertThat(count("select count(*) from establishment_resource where establishment_id = " + this.id))
			.isEqualTo(1);

		this.mvc.perform(get(tab).with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("500\u202f000,00 MAD"),
					containsString("250\u202f000,50 MAD"), containsString("50 %"), containsString("30 %"))));
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
