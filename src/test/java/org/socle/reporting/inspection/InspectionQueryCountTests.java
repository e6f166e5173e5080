package org.socle.reporting.inspection;

import org.junit.jupiter.api.Test;
import org.socle.QueryCount;
import org.socle.SocleTest;
import org.socle.establishment.Category;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The plan costs the same statements for 5 establishments as for 300 (the risk of every
 * establishment is one statement, docs/inspections.md).
 */
@SocleTest
class InspectionQueryCountTests {

	/**
	 * The plan's page (the risk of every establishment, paged in SQL); the notification
	 * bell comes after the page.
	 */
	static final int STATEMENTS = 1;

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	InspectionFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSameStatementsForFiveEstablishmentsOrThreeHundred() throws Exception {
		this.fixtures.world();
		long organisation = this.identity.organisation("IQ Association nationale");
		for (int i = this.jdbc.queryForObject("SELECT count(*) FROM establishment WHERE name_fr LIKE 'IQ Dakhla %'",
				Integer.class); i < 5; i++) {
			this.establishments.establishment("IQ Dakhla " + i, organisation, Category.HOMELESS, "MA-12", 10);
		}
		for (int i = this.jdbc.queryForObject("SELECT count(*) FROM establishment WHERE name_fr LIKE 'IQ Rabat %'",
				Integer.class); i < 300; i++) {
			this.establishments.establishment("IQ Rabat " + i, organisation, Category.MULTI, "MA-04", 10);
		}
		count("/inspections"); // reference data cached once per application
		long five = count("/inspections?region=MA-12&category=HOMELESS");
		long threeHundred = count("/inspections?region=MA-04&category=MULTI&page=3");
		long national = count("/inspections?assignment=UNASSIGNED");
		assertThat(threeHundred).isEqualTo(five).isLessThanOrEqualTo(STATEMENTS);
		assertThat(national).isLessThanOrEqualTo(STATEMENTS);
		assertThat(count("/inspections/export.csv")).as("the plan, streamed").isLessThanOrEqualTo(STATEMENTS);
		assertThat(count("/inspections/establishments/" + this.fixtures.world().risky()))
			.as("the establishment's risk, the weights, the trail, the auditors, the visit form")
			.isLessThanOrEqualTo(5);
	}

	private long count(String url) throws Exception {
		return QueryCount.of(this.mvc, get(url).with(user(this.identity.auditor())));
	}

}
