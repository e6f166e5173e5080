package org.socle.reporting.dashboard;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.QueryCount;
import org.socle.SocleTest;
import org.socle.beneficiary.BeneficiaryFixtures;
import org.socle.establishment.Category;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The dashboard runs the same few statements whatever the data: for one establishment and
 * for sixty with beneficiaries, assessments and domain scores; nationally and filtered
 * (docs/reports.md).
 */
@SocleTest
class DashboardQueryCountTests {

	/**
	 * Key figures and map, ranking, heat-map (none when the page has no assessed
	 * establishment), trends, beneficiaries, planned inspection visits, provinces,
	 * organisations (the notification bell comes after the page).
	 */
	static final int STATEMENTS = 8;

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	BeneficiaryFixtures beneficiaries;

	@Autowired
	DashboardFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	SocleUser auditor;

	long few;

	long many;

	@BeforeEach
	void organisations() {
		this.auditor = this.identity.auditor();
		this.few = this.identity.organisation("DQ Association d'un foyer");
		this.many = this.identity.organisation("DQ Association de soixante foyers");
		long single = this.establishments.establishment("DQ Foyer unique", this.few).id();
		if (this.jdbc.queryForObject("SELECT count(*) FROM assessment WHERE establishment_id = ?", Long.class,
				single) == 0) {
			this.fixtures.validated(single, "CHILDREN", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 10), "55.0000",
					"C", "C");
		}
		if (this.jdbc.queryForObject("SELECT count(*) FROM establishment WHERE organisation_id = ?", Long.class,
				this.many) > 0) {
			return;
		}
		for (int i = 0; i < 60; i++) {
			long id = this.establishments
				.establishment("DQ Foyer " + i, this.many, (i % 2 == 0) ? Category.CHILDREN : Category.ELDERLY,
						String.format("MA-%02d", 1 + i % 12), 20)
				.id();
			for (int b = 0; b < 3; b++) {
				this.beneficiaries.beneficiary(id, "DQ " + i + "-" + b).create();
			}
			long assessment = this.fixtures.validated(id, (i % 2 == 0) ? "CHILDREN" : "ELDERLY",
					LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 10 + i % 15), "6" + (i % 10) + ".0000", "B", "B");
			this.jdbc.update(
					"""
							INSERT INTO assessment_domain_score (assessment_id, domain_code, weight, score_exact, score,
							    score_display, rounded_score, band, rating, applicable_count, answered_count, not_applicable_count,
							    created_at, updated_at)
							SELECT ?, 'D' || d, 1, '2/3', 66.6667, 66.7, 67, 'B', 'B', 3, 3, 0, now(), now()
							FROM generate_series(1, 7) d
							""",
					assessment);
		}
	}

	@Test
	void theSameStatementsForOneEstablishmentOrSixty() throws Exception {
		count("/dashboard"); // reference data cached once per application
		long one = count("/dashboard?organisation=" + this.few);
		long sixty = count("/dashboard?organisation=" + this.many);
		long national = count("/dashboard");
		long filtered = count("/dashboard?year=2024&region=MA-04&category=CHILDREN&map=OCCUPANCY&sort=name,asc"
				+ "&organisation=" + this.many);
		assertThat(sixty).isEqualTo(one).isLessThanOrEqualTo(STATEMENTS);
		assertThat(national).isLessThanOrEqualTo(STATEMENTS);
		assertThat(filtered).isLessThanOrEqualTo(STATEMENTS);
		assertThat(STATEMENTS).as("the issue's bound").isLessThanOrEqualTo(12);
	}

	private long count(String url) throws Exception {
		return QueryCount.of(this.mvc, get(url).with(user(this.auditor)));
	}

}
