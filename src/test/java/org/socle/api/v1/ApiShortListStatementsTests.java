package org.socle.api.v1;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.QueryCount;
import org.socle.SocleTest;
import org.socle.assessment.AssessmentFixtures;
import org.socle.security.TwoOrganisations;
import org.socle.security.TwoOrganisations.World;
import org.socle.standard.StandardFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API's short lists (sent whole, on one page) run the same statements for few rows
 * and for many, and only a few (none for the regions, which come from a cache).
 */
@SocleTest
class ApiShortListStatementsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TwoOrganisations organisations;

	@Autowired
	AssessmentFixtures assessments;

	@Autowired
	StandardFixtures standards;

	@Autowired
	JdbcTemplate jdbc;

	World world;

	@BeforeEach
	void world() {
		this.world = this.organisations.world();
	}

	@Test
	void regionsAndProvinces() throws Exception {
		assertThat(statements(get("/api/v1/regions"))).as("reference data is cached").isZero();
		String fewest = region("asc");
		String most = region("desc");
		assertThat(provinces(most)).as("the region with the most provinces has more").isGreaterThan(provinces(fewest));
		long few = statements(get("/api/v1/regions/{code}/provinces", fewest));
		assertThat(statements(get("/api/v1/regions/{code}/provinces", most))).isEqualTo(few).isEqualTo(1);
	}

	@Test
	void publishedStandards() throws Exception {
		long before = statements(get("/api/v1/standards"));
		this.standards.publishedCopy("QCS");
		assertThat(statements(get("/api/v1/standards"))).isEqualTo(before).isEqualTo(1);
	}

	@Test
	void theRegionsScores() throws Exception {
		long none = statements(get("/api/v1/scores/regions?category=HOMELESS"));
		assertThat(statements(get("/api/v1/scores/regions?category=CHILDREN"))).isEqualTo(none).isLessThanOrEqualTo(2);
	}

	@Test
	void anEstablishmentsScores() throws Exception {
		long one = statements(get("/api/v1/establishments/{id}/scores", this.world.a().establishment()));
		long establishment = this.assessments.establishment("QC Foyer aux trois scores", this.world.a().organisation())
			.id();
		for (int months = 1; months <= 3; months++) {
			this.assessments.validatedSelf(establishment, this.world.a().manager(), this.world.auditor(), 2,
					AssessmentFixtures.D.minusMonths(months));
		}
		assertThat(statements(get("/api/v1/establishments/{id}/scores", establishment))).isEqualTo(one)
			.isLessThanOrEqualTo(4);
	}

	/** An auditor's request's statements, once it is known to answer 200. */
	private long statements(MockHttpServletRequestBuilder request) throws Exception {
		request.with(user(this.world.auditor()));
		this.mvc.perform(request).andExpect(status().isOk());
		return QueryCount.of(this.mvc, request);
	}

	private String region(String order) {
		return this.jdbc.queryForObject(
				"select region_code from province group by region_code order by count(*) " + order + " limit 1",
				String.class);
	}

	private long provinces(String region) {
		return this.jdbc.queryForObject("select count(*) from province where region_code = ?", Long.class, region);
	}

}
