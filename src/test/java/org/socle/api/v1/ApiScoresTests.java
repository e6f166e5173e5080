package org.socle.api.v1;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.QueryCount;
import org.socle.SocleTest;
import org.socle.security.TwoOrganisations;
import org.socle.security.TwoOrganisations.World;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Scores and assessments through the API across two organisations: an establishment's
 * validated scores with domains and rating, the assessments' states (a manager does not
 * see audits in progress), the dashboard's aggregates for auditors and admins only.
 */
@SocleTest
class ApiScoresTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TwoOrganisations organisations;

	World world;

	@BeforeEach
	void world() {
		this.world = this.organisations.world();
	}

	@Test
	void anEstablishmentsValidatedScoresWithDomainsRatingAndCaps() throws Exception {
		this.mvc
			.perform(get("/api/v1/establishments/{id}/scores", this.world.a().establishment())
				.with(user(this.world.a().manager())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.latest.assessmentId", is((int) this.world.a().validatedAssessment())))
			.andExpect(jsonPath("$.latest.rating", notNullValue()))
			.andExpect(jsonPath("$.latest.standardCode", is("SOCLE-EPS")))
			.andExpect(jsonPath("$.latest.domains[0].code", is("D1")))
			.andExpect(jsonPath("$.latest.caps", notNullValue()))
			.andExpect(jsonPath("$.history[*].assessmentId", hasItem((int) this.world.a().validatedAssessment())));
		this.mvc
			.perform(get("/api/v1/establishments/{id}/scores", this.world.a().establishment())
				.with(user(this.world.b().manager())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/establishments/{id}/scores", this.world.a().establishment())
				.with(user(this.world.auditor())))
			.andExpect(status().isOk());
	}

	@Test
	void assessmentsStatesForEachRole() throws Exception {
		this.mvc
			.perform(get("/api/v1/establishments/{id}/assessments", this.world.a().establishment())
				.with(user(this.world.a().manager())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", hasItem((int) this.world.a().draftAssessment())))
			.andExpect(jsonPath("$.items[*].status", hasItem("VALIDATED")))
			.andExpect(jsonPath("$.items[*].status", hasItem("DRAFT")))
			.andExpect(jsonPath("$.items[?(@.status == 'VALIDATED')].rating", everyItem(notNullValue())))
			.andExpect(jsonPath("$.totalItems", greaterThanOrEqualTo(2)));
		this.mvc
			.perform(get("/api/v1/establishments/{id}/assessments", this.world.a().establishment())
				.with(user(this.world.b().manager())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/establishments/{id}/assessments", this.world.b().establishment())
				.with(user(this.world.admin())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) this.world.a().draftAssessment()))));
	}

	@Test
	void theAssessmentsListRunsTheSameStatementsForOneRowAndMore() throws Exception {
		long one = QueryCount.of(this.mvc,
				get("/api/v1/establishments/{id}/assessments?size=1", this.world.a().establishment())
					.with(user(this.world.auditor())));
		long more = QueryCount.of(this.mvc,
				get("/api/v1/establishments/{id}/assessments?size=50", this.world.a().establishment())
					.with(user(this.world.auditor())));
		assertThat(more).isEqualTo(one).isLessThanOrEqualTo(3);
	}

	@Test
	void theDashboardsAggregatesAreForAuditorsAndAdminsOnly() throws Exception {
		this.mvc.perform(get("/api/v1/scores/national").with(user(this.world.auditor())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.referenceDate", notNullValue()))
			.andExpect(jsonPath("$.figures.establishments", greaterThanOrEqualTo(2)))
			.andExpect(jsonPath("$.figures.assessed", greaterThanOrEqualTo(2)));
		this.mvc.perform(get("/api/v1/scores/regions?category=CHILDREN").with(user(this.world.admin())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems", is(12)))
			.andExpect(jsonPath("$.items[3].regionCode", is("MA-04")))
			.andExpect(jsonPath("$.items[3].establishments", greaterThanOrEqualTo(2)));
		this.mvc.perform(get("/api/v1/scores/national").with(user(this.world.a().manager())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/scores/regions").with(user(this.world.a().manager())))
			.andExpect(status().isForbidden());
	}

}
