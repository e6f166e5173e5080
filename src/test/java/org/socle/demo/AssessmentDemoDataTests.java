package org.socle.demo;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.assessment.AssessmentFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo assessments: two years of validated self-assessments and audits with varied
 * scores, one assessment in every workflow state, action plans in every status with
 * overdue ones; loaded once. Rolled back: the other tests never see them.
 */
@SocleTest
@Transactional
class AssessmentDemoDataTests {

	@Autowired
	List<DemoDataContributor> contributors;

	@Autowired
	AssessmentFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@Autowired
	org.socle.identity.IdentityFixtures identity;

	@Test
	void demoAssessmentsCoverTwoYearsEveryStateAndEveryActionStatus() throws Exception {
		this.fixtures.standardId();
		long start = System.nanoTime();
		loadDemoData();
		long millis = (System.nanoTime() - start) / 1_000_000;

		assertThat(strings("select distinct status from assessment where created_by = 'demo-data'"))
			.containsExactlyInAnyOrder("DRAFT", "SUBMITTED", "IN_REVIEW", "VALIDATED", "RETURNED");
		assertThat(
				strings("select distinct kind from assessment where created_by = 'demo-data' and status = 'VALIDATED'"))
			.containsExactlyInAnyOrder("SELF", "AUDIT");
		assertThat(count("""
				select count(*) from assessment where created_by = 'demo-data' and status = 'VALIDATED'
				  and reference_date < current_date - interval '23 months'
				""")).isPositive();
		// every validated one has its scores, and they vary
		assertThat(count("""
				select count(*) from assessment a where created_by = 'demo-data' and status = 'VALIDATED'
				  and not exists (select 1 from assessment_score s where s.assessment_id = a.id)
				""")).isZero();
		assertThat(strings("""
				select distinct s.rating from assessment_score s join assessment a on a.id = s.assessment_id
				where a.created_by = 'demo-data'
				""")).hasSizeGreaterThanOrEqualTo(3);
		assertThat(strings("select distinct status from action_item where created_by = 'demo-data'"))
			.containsExactlyInAnyOrder("OPEN", "IN_PROGRESS", "DONE", "DROPPED");
		assertThat(count("""
				select count(*) from action_item where created_by = 'demo-data'
				  and status in ('OPEN', 'IN_PROGRESS') and due_date < current_date
				""")).isPositive();
		assertThat(
				count("select count(*) from assessment where created_by = 'demo-data' and started_from_id is not null"))
			.isPositive();
		// the on-time rate of earlier plans feeds later assessments
		assertThat(count("""
				select count(*) from assessment_answer w join assessment a on a.id = w.assessment_id
				where a.created_by = 'demo-data' and w.indicator_code = 'D7.C2.I1' and w.metric_value is not null
				""")).isPositive();

		long assessments = count("select count(*) from assessment where created_by = 'demo-data'");
		loadDemoData();
		assertThat(count("select count(*) from assessment where created_by = 'demo-data'")).isEqualTo(assessments);
		System.out.printf("Demo data: %d assessments loaded in %d ms%n", assessments, millis);

		// every page of one assessment in each state renders, for the auditor and the
		// admin
		for (String status : List.of("DRAFT", "SUBMITTED", "IN_REVIEW", "VALIDATED", "RETURNED")) {
			long id = count(
					"select min(id) from assessment where created_by = 'demo-data' and status = '" + status + "'");
			for (org.socle.identity.SocleUser user : List.of(this.identity.auditor(), this.identity.admin())) {
				for (String page : List.of("", "/score", "/score.json")) {
					this.mvc.perform(get("/assessments/" + id + page).with(user(user))).andExpect(status().isOk());
				}
			}
			if (status.equals("VALIDATED")) {
				this.mvc.perform(get("/assessments/" + id + "/actions").with(user(this.identity.auditor())))
					.andExpect(status().isOk());
			}
		}
		long establishment = count("select min(establishment_id) from assessment where created_by = 'demo-data'");
		this.mvc.perform(get("/establishments/" + establishment + "/assessments").with(user(this.identity.auditor())))
			.andExpect(status().isOk());
		this.mvc.perform(get("/assessments/review").with(user(this.identity.auditor()))).andExpect(status().isOk());
	}

	/** As the demo data loader runs them: every contributor, as an administrator. */
	private void loadDemoData() {
		AssessmentFixtures.as(this.identity.admin(), () -> {
			this.contributors.forEach(DemoDataContributor::loadDemoData);
			return null;
		});
	}

	private List<String> strings(String sql) {
		return this.jdbc.queryForList(sql, String.class);
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
