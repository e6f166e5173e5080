package org.socle.demo;

import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo registry: about thirty establishments over every region and category, with
 * their records, loaded once. Transactional: rolled back after the test.
 */
@SocleTest
@Transactional
class EstablishmentDemoDataTests {

	private static final String DEMO = "organisation_id in (select id from organisation where name in ('"
			+ String.join("', '", DemoOrganisations.AL_AMAL.replace("'", "''"), DemoOrganisations.NOUR,
					DemoOrganisations.ATLAS, DemoOrganisations.SOUSS, DemoOrganisations.WAFAE, DemoOrganisations.DRAA,
					DemoOrganisations.ORIENTAL.replace("'", "''"), DemoOrganisations.SAHARA)
			+ "'))";

	@Autowired
	DemoDataLoader loader;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures fixtures;

	@Test
	void demoEstablishmentsCoverEveryRegionAndCategoryAndLoadOnce() throws Exception {
		this.loader.load();
		long loaded = count("select count(*) from establishment where " + DEMO);
		this.loader.load();

		assertThat(count("select count(*) from establishment where " + DEMO)).isEqualTo(loaded).isBetween(28L, 40L);
		assertThat(count("select count(distinct region_code) from establishment where " + DEMO)).isEqualTo(12);
		assertThat(count("select count(distinct category) from establishment where " + DEMO)).isEqualTo(7);
		assertThat(count("select count(*) from establishment where category = 'STUDENTS' and " + DEMO))
			.as("student homes are most EPS")
			.isGreaterThanOrEqualTo(loaded / 3);
		assertThat(count("""
				select count(*) from establishment e join organisation o on o.id = e.organisation_id
				join app_user u on u.organisation_id = o.id where u.username = 'manager'""")).isGreaterThanOrEqualTo(4);
		assertThat(count("""
				select count(*) from establishment e join organisation o on o.id = e.organisation_id
				join app_user u on u.organisation_id = o.id where u.username = 'manager2'"""))
			.isGreaterThanOrEqualTo(4);
		assertThat(count("select count(*) from establishment where (authorisation_status = 'EXPIRED' "
				+ "or authorisation_expiry < current_date) and " + DEMO))
			.isGreaterThanOrEqualTo(4);
		assertThat(count("select count(*) from establishment where authorisation_status = 'NONE' and " + DEMO))
			.isGreaterThanOrEqualTo(2);
		assertThat(count("select count(*) from establishment e where " + DEMO
				+ " and not exists (select 1 from committee_member m where m.establishment_id = e.id)"))
			.as("some without a management committee")
			.isBetween(1L, loaded / 5);
		assertThat(count("select count(*) from establishment e where " + DEMO
				+ " and not exists (select 1 from establishment_staff s where s.establishment_id = e.id)"))
			.isZero();
		assertThat(count("select count(*) from establishment e where " + DEMO
				+ " and (select count(*) from establishment_resource r where r.establishment_id = e.id) <> 2"))
			.isZero();
		assertThat(count("select count(*) from organisation where legal_form is not null and " + DEMO.replace(
				"organisation_id in (select id from organisation where", "id in (select id from organisation where")))
			.isEqualTo(8);

		var manager = this.fixtures.user("manager", Role.MANAGER, null);
		this.mvc.perform(get("/establishments").with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Foyer Al Amal pour enfants – Tanger"),
					not(containsString("Foyer Nour – Casablanca")))));
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
