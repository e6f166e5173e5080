package org.socle.assessment.metrics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.assessment.AssessmentFixtures;
import org.socle.assessment.AssessmentKind;
import org.socle.establishment.EstablishmentInfo;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Computed metrics are a snapshot in the assessment: taken at creation with their
 * numerator, denominator and records, refreshed on demand while the assessment is a
 * draft, and never changed by later edits of the records once validated.
 */
@SocleTest
class MetricSnapshotTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	AssessmentFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSnapshotKeepsValueNumeratorDenominatorAndRecords() throws Exception {
		SocleUser manager = this.identity.managerA();
		EstablishmentInfo e = this.fixtures.establishment("Instantané contenu", manager.organisationId());
		long id = this.fixtures.create(e.id(), AssessmentKind.SELF, manager);
		Map<String, Object> health = snapshot(id, "D3.C1.I1");
		assertThat((BigDecimal) health.get("metric_value")).isEqualByComparingTo("100");
		assertThat(health.get("metric_numerator")).isEqualTo(2L);
		assertThat(health.get("metric_denominator")).isEqualTo(2L);
		assertThat(health.get("metric_key")).isEqualTo("HEALTH_COVER_RATE");
		assertThat(health.get("ids")).isEqualTo(beneficiaryIds(e.id()));
		// staff ratio, lower is better: 2 beneficiaries for 1 care-qualified staff member
		assertThat((BigDecimal) snapshot(id, "D5.C3.I1").get("metric_value")).isEqualByComparingTo("2");
		// an empty denominator leaves the indicator unanswered: no discharge in the year
		Map<String, Object> discharges = snapshot(id, "D4.C4.I1");
		assertThat(discharges.get("metric_value")).isNull();
		assertThat(discharges.get("metric_denominator")).isEqualTo(0L);
		// the page shows the value, how it was computed and links to the records
		this.mvc.perform(get("/assessments/{id}", id).with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("100 % (2 / 2)")))
			.andExpect(content().string(containsString("/beneficiaries/" + beneficiaryIds(e.id()).get(0))))
			.andExpect(content().string(containsString("dénominateur vide")));
	}

	@Test
	void anEmptyMetricMayBeMarkedNotApplicableWithACommentButAFilledOneMayNot() throws Exception {
		SocleUser manager = this.identity.managerA();
		EstablishmentInfo e = this.fixtures.establishment("Instantané sans objet", manager.organisationId());
		long id = this.fixtures.create(e.id(), AssessmentKind.SELF, manager);
		this.mvc
			.perform(post("/assessments/{id}/answers/{code}", id, "D4.C4.I1").param("notApplicable", "true")
				.param("comment", "Aucune sortie sur la période")
				.param("version", version(id, "D4.C4.I1"))
				.with(user(manager))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(snapshot(id, "D4.C4.I1").get("not_applicable")).isEqualTo(true);
		this.mvc
			.perform(post("/assessments/{id}/answers/{code}", id, "D4.C1.I1").param("notApplicable", "true")
				.param("comment", "x")
				.param("version", version(id, "D4.C1.I1"))
				.with(user(manager))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Les dossiers donnent une valeur")));
	}

	@Test
	void aValidatedSnapshotAndScoreDoNotChangeWhenRecordsAreEditedLater() throws Exception {
		SocleUser manager = this.identity.managerA();
		SocleUser auditor = this.identity.auditor();
		EstablishmentInfo e = this.fixtures.establishment("Instantané figé", manager.organisationId());
		long id = this.fixtures.validatedSelf(e.id(), manager, auditor, 3, AssessmentFixtures.D);
		String scoreBefore = storedScore(id);
		String pageScoreBefore = scoreJson(id, manager);

		// a beneficiary loses health cover after validation
		this.jdbc.update("update beneficiary set has_health_cover = false where establishment_id = ?", e.id());

		assertThat((BigDecimal) snapshot(id, "D3.C1.I1").get("metric_value")).isEqualByComparingTo("100");
		assertThat(storedScore(id)).isEqualTo(scoreBefore);
		assertThat(scoreJson(id, manager)).isEqualTo(pageScoreBefore);

		// a new assessment sees the records as they are now
		long next = this.fixtures.create(e.id(), AssessmentKind.SELF, manager);
		assertThat((BigDecimal) snapshot(next, "D3.C1.I1").get("metric_value")).isEqualByComparingTo("0");
	}

	@Test
	void aDraftIsRecomputedFromTheRecordsOnDemand() throws Exception {
		SocleUser manager = this.identity.managerA();
		EstablishmentInfo e = this.fixtures.establishment("Instantané recalculé", manager.organisationId());
		long id = this.fixtures.create(e.id(), AssessmentKind.SELF, manager);
		List<Long> ids = beneficiaryIds(e.id());
		this.jdbc.update("update beneficiary set has_health_cover = false where id = ?", ids.get(0));
		assertThat((BigDecimal) snapshot(id, "D3.C1.I1").get("metric_value")).isEqualByComparingTo("100");
		this.mvc.perform(post("/assessments/{id}/metrics", id).with(user(this.identity.auditor())).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/assessments/{id}/metrics", id).with(user(manager)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Map<String, Object> health = snapshot(id, "D3.C1.I1");
		assertThat((BigDecimal) health.get("metric_value")).isEqualByComparingTo("50");
		assertThat(health.get("ids")).isEqualTo(List.of(ids.get(1)));
	}

	private Map<String, Object> snapshot(long id, String code) {
		Map<String, Object> row = new java.util.HashMap<>(this.jdbc.queryForMap("""
				select metric_key, metric_value, metric_numerator, metric_denominator, not_applicable,
				       array_to_string(metric_record_ids, ',') as ids_text
				from assessment_answer where assessment_id = ? and indicator_code = ?
				""", id, code));
		String ids = (String) row.remove("ids_text");
		row.put("ids", (ids == null || ids.isEmpty()) ? List.of()
				: java.util.Arrays.stream(ids.split(",")).map(Long::valueOf).toList());
		return row;
	}

	private List<Long> beneficiaryIds(long establishmentId) {
		return this.jdbc.queryForList("select id from beneficiary where establishment_id = ? order by id", Long.class,
				establishmentId);
	}

	private String storedScore(long id) {
		return this.jdbc.queryForObject(
				"select score_exact || ' ' || rating || ' ' || coverage from assessment_score where assessment_id = ?",
				String.class, id);
	}

	private String scoreJson(long id, SocleUser as) throws Exception {
		return this.mvc.perform(get("/assessments/{id}/score.json", id).with(user(as)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String version(long id, String code) {
		return this.jdbc
			.queryForObject("select version from assessment_answer where assessment_id = ? and indicator_code = ?",
					Long.class, id, code)
			.toString();
	}

}
