package org.socle.reference;

import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;

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

/**
 * The 12 regions and the provinces administrators keep.
 */
@SocleTest
class ReferenceDataTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures fixtures;

	@Autowired
	ReferenceDataService reference;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theTwelveRegionsHaveIsoCodesAndFrenchAndArabicNames() {
		assertThat(this.reference.regions()).hasSize(12);
		assertThat(this.reference.regions().get(0))
			.isEqualTo(new RegionRef("MA-01", "Tanger-Tétouan-Al Hoceïma", "طنجة - تطوان - الحسيمة"));
		assertThat(this.reference.region("MA-12")).map(RegionRef::nameAr).contains("الداخلة - وادي الذهب");
		assertThat(this.jdbc.queryForObject(
				"select count(distinct region_code) from province where region_code in (select code from region)",
				Long.class))
			.isEqualTo(12);
		assertThat(this.jdbc
			.queryForObject("select min(c) from (select count(*) c from province group by region_code) t", Long.class))
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void onlyAdministratorsReachTheReferenceScreens() throws Exception {
		this.mvc.perform(get("/admin/reference/regions").with(user(this.fixtures.admin())).param("lang", "ar"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("MA-07"), containsString("مراكش - آسفي"))));
		this.mvc.perform(get("/admin/reference/provinces").param("region", "MA-03").with(user(this.fixtures.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Meknès"), containsString("Préfecture"))));
		this.mvc
			.perform(get("/admin/reference/provinces/new").param("region", "MA-03").with(user(this.fixtures.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"nameAr\"")));
		this.mvc.perform(get("/admin/reference/provinces").with(user(this.fixtures.auditor())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/reference/provinces/new").with(user(this.fixtures.managerA()))
				.with(csrf())
				.param("regionCode", "MA-01")
				.param("nameFr", "Intrus")
				.param("nameAr", "دخيل"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAdminAddsEditsAndDeletesAProvince() throws Exception {
		String name = "RD Fahs-Anjra " + System.nanoTime();
		this.mvc
			.perform(post("/admin/reference/provinces/new").with(user(this.fixtures.admin()))
				.with(csrf())
				.param("regionCode", "MA-01")
				.param("kind", "PROVINCE")
				.param("nameFr", name)
				.param("nameAr", "الفحص - أنجرة")
				.param("active", "true"))
			.andExpect(redirectedUrl("/admin/reference/provinces?region=MA-01"));
		long id = this.jdbc.queryForObject("select id from province where name_fr = ?", Long.class, name);
		assertThat(this.reference.province(id)).map(ProvinceRef::regionCode).contains("MA-01");

		this.mvc
			.perform(post("/admin/reference/provinces/new").with(user(this.fixtures.admin()))
				.with(csrf())
				.param("regionCode", "MA-01")
				.param("kind", "PROVINCE")
				.param("nameFr", name.toUpperCase())
				.param("nameAr", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("provinceForm", "nameFr", "province.name.taken"))
			.andExpect(model().attributeHasFieldErrors("provinceForm", "nameAr"));

		this.mvc
			.perform(post("/admin/reference/provinces/" + id + "/edit").with(user(this.fixtures.admin()))
				.with(csrf())
				.param("regionCode", "MA-01")
				.param("kind", "PREFECTURE")
				.param("nameFr", name)
				.param("nameAr", "الفحص - أنجرة")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select kind from province where id = ?", String.class, id))
			.isEqualTo("PREFECTURE");

		this.mvc
			.perform(post("/admin/reference/provinces/" + id + "/delete").with(user(this.fixtures.admin()))
				.with(csrf())
				.param("version", "1"))
			.andExpect(flash().attribute("success", "province.deleted"));
		assertThat(this.reference.province(id)).isEmpty();
	}

	@Test
	void aProvinceInUseIsNeitherDeletedNorMovedToAnotherRegion() throws Exception {
		long tetouan = this.jdbc.queryForObject("select id from province where name_fr = 'Tétouan'", Long.class);
		long org = this.fixtures.organisation("Test Org A");
		this.jdbc.update("""
				insert into establishment (name_fr, name_ar, category, organisation_id, region_code, province_id,
				                           created_at, updated_at)
				values ('RD Foyer de Tétouan', 'دار', 'CHILDREN', ?, 'MA-01', ?, now(), now())
				""", org, tetouan);
		long version = this.jdbc.queryForObject("select version from province where id = ?", Long.class, tetouan);
		this.mvc
			.perform(post("/admin/reference/provinces/" + tetouan + "/delete").with(user(this.fixtures.admin()))
				.with(csrf())
				.param("version", String.valueOf(version)))
			.andExpect(flash().attribute("warning", "province.inUse"));
		this.mvc
			.perform(post("/admin/reference/provinces/" + tetouan + "/edit").with(user(this.fixtures.admin()))
				.with(csrf())
				.param("regionCode", "MA-02")
				.param("kind", "PROVINCE")
				.param("nameFr", "Tétouan")
				.param("nameAr", "تطوان")
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("provinceForm", "regionCode", "province.inUse"));
		assertThat(this.jdbc.queryForObject("select region_code from province where id = ?", String.class, tetouan))
			.isEqualTo("MA-01");
	}

}
