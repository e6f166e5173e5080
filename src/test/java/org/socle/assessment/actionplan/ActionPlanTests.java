package org.socle.assessment.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Action plans: proposed on validation for every indicator at level 1 or 2, followed up
 * by the establishment, overdue ones flagged, and their on-time completion rate feeding
 * D7.C2.I1 of the next assessment.
 */
@SocleTest
class ActionPlanTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	AssessmentFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	SocleUser manager;

	SocleUser auditor;

	@BeforeEach
	void users() {
		this.manager = this.identity.managerA();
		this.auditor = this.identity.auditor();
	}

	@Test
	void validationProposesAnActionForEveryIndicatorAtLevel1Or2() {
		EstablishmentInfo e = this.fixtures.establishment("Plan proposé", this.manager.organisationId());
		long id = this.fixtures.validatedSelf(e.id(), this.manager, this.auditor, 2, AssessmentFixtures.D);
		List<Map<String, Object>> items = this.jdbc.queryForList(
				"select indicator_code, level_at_validation, status, due_date, title from action_item where assessment_id = ? order by indicator_code",
				id);
		// typed answers at level 2 (a "no" is level 1) plus the computed metrics at 1 or
		// 2
		List<String> low = this.jdbc.queryForList("""
				select indicator_code from assessment_answer where assessment_id = ? and not not_applicable
				  and (level <= 2 or yes = false or (answer_type = 'METRIC' and metric_value is not null))
				order by indicator_code
				""", String.class, id);
		assertThat(items).isNotEmpty();
		assertThat(items).extracting((item) -> item.get("indicator_code")).containsAnyElementsOf(low);
		assertThat(items).allSatisfy((item) -> {
			assertThat((Integer) item.get("level_at_validation")).isBetween(1, 2);
			assertThat(item.get("status")).isEqualTo("OPEN");
			assertThat(item.get("title")).isNull();
		});
		Map<String, Object> yesNo = items.stream()
			.filter((item) -> item.get("indicator_code").equals("D1.C1.I1"))
			.findFirst()
			.orElseThrow();
		assertThat(yesNo.get("level_at_validation")).isEqualTo(1);
		Map<String, Object> level2 = items.stream()
			.filter((item) -> item.get("indicator_code").equals("D1.C1.I2"))
			.findFirst()
			.orElseThrow();
		assertThat(level2.get("level_at_validation")).isEqualTo(2);
	}

	@Test
	void theEstablishmentFollowsUpItsActionsAndOthersCannot() throws Exception {
		EstablishmentInfo e = this.fixtures.establishment("Plan suivi", this.manager.organisationId());
		long id = this.fixtures.validatedSelf(e.id(), this.manager, this.auditor, 2, AssessmentFixtures.D);
		long item = itemId(id, "D1.C1.I2");
		this.mvc.perform(get("/assessments/{id}/actions", id).with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Porter D1.C1.I2 au niveau 3")));
		this.mvc.perform(get("/assessments/{id}/actions/{item}/edit", id, item).with(user(this.auditor)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/assessments/{id}/actions", id).with(user(this.identity.managerB())))
			.andExpect(status().isNotFound());
		// done without a completion date, or completed in the future: messages
		this.mvc
			.perform(post("/assessments/{id}/actions/{item}/edit", id, item).param("version", "0")
				.param("title", "Signer le cahier des charges")
				.param("dueDate", "2025-12-31")
				.param("status", "DONE")
				.with(user(this.manager))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(ActionPlanController.FORM_VIEW))
			.andExpect(content().string(containsString("Signer le cahier des charges")))
			.andExpect(content().string(containsString("Indiquez la date de réalisation")));
		this.mvc
			.perform(post("/assessments/{id}/actions/{item}/edit", id, item).param("version", "0")
				.param("title", "Signer le cahier des charges")
				.param("ownerName", "La directrice")
				.param("dueDate", "2025-12-31")
				.param("status", "DONE")
				.param("completedOn", "2025-11-15")
				.with(user(this.manager))
				.with(csrf()))
			.andExpect(redirectedUrl("/assessments/" + id + "/actions#action-" + item));
		assertThat(this.jdbc.queryForMap("select title, owner_name, status, completed_on from action_item where id = ?",
				item))
			.containsEntry("title", "Signer le cahier des charges")
			.containsEntry("status", "DONE")
			.containsEntry("completed_on", java.sql.Date.valueOf("2025-11-15"));
		// a second save with the old version is a conflict, shown on the form
		this.mvc
			.perform(post("/assessments/{id}/actions/{item}/edit", id, item).param("version", "0")
				.param("dueDate", "2025-12-31")
				.param("status", "DROPPED")
				.with(user(this.manager))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("a été modifiée par")));
		// an action past its due date and not done stands out
		this.jdbc.update("update action_item set due_date = ? where assessment_id = ? and id <> ?",
				LocalDate.of(2025, 1, 1), id, item);
		this.mvc.perform(get("/assessments/{id}/actions", id).with(user(this.manager)))
			.andExpect(content().string(containsString("table-danger")))
			.andExpect(content().string(containsString("En retard")));
	}

	/**
	 * Previous plan: five actions due before the next reference date (two done on time,
	 * one done late, one still open, one dropped) and one due after it. On time: 2 out of
	 * 4 (dropped left out): 50 %, level 2 (thresholds 30 / 60 / 85).
	 */
	@Test
	void theOnTimeRateOfThePreviousPlanFeedsD7C2I1OfTheNextAssessment() {
		EstablishmentInfo e = this.fixtures.establishment("Plan dans les délais", this.manager.organisationId());
		long first = this.fixtures.validatedSelf(e.id(), this.manager, this.auditor, 2, LocalDate.of(2025, 3, 1));
		List<Long> items = this.jdbc.queryForList("select id from action_item where assessment_id = ? order by id",
				Long.class, first);
		assertThat(items).hasSizeGreaterThanOrEqualTo(6);
		LocalDate due = LocalDate.of(2025, 5, 31);
		this.jdbc.update(
				"update action_item set due_date = ?, status = 'OPEN', completed_on = null where assessment_id = ?",
				LocalDate.of(2025, 12, 31), first);
		setItem(items.get(0), due, "DONE", due);
		setItem(items.get(1), due, "DONE", due.minusDays(10));
		setItem(items.get(2), due, "DONE", due.plusDays(1));
		setItem(items.get(3), due, "IN_PROGRESS", null);
		setItem(items.get(4), due, "DROPPED", null);

		long next = this.fixtures.create(e.id(), AssessmentKind.SELF, this.manager, AssessmentFixtures.D, false);
		Map<String, Object> snapshot = this.jdbc.queryForMap("""
				select metric_value, metric_numerator, metric_denominator, metric_record_type,
				       array_to_string(metric_record_ids, ',') as ids
				from assessment_answer where assessment_id = ? and indicator_code = 'D7.C2.I1'
				""", next);
		assertThat((BigDecimal) snapshot.get("metric_value")).isEqualByComparingTo("50");
		assertThat(snapshot.get("metric_numerator")).isEqualTo(2L);
		assertThat(snapshot.get("metric_denominator")).isEqualTo(4L);
		assertThat(snapshot.get("metric_record_type")).isEqualTo("ACTION_ITEM");
		assertThat(snapshot.get("ids")).isEqualTo(items.get(0) + "," + items.get(1));
	}

	@Test
	void withoutAPreviousPlanD7C2I1StaysUnanswered() {
		EstablishmentInfo e = this.fixtures.establishment("Plan sans précédent", this.manager.organisationId());
		long id = this.fixtures.create(e.id(), AssessmentKind.SELF, this.manager);
		assertThat(this.jdbc.queryForMap(
				"select metric_value, metric_denominator from assessment_answer where assessment_id = ? and indicator_code = 'D7.C2.I1'",
				id))
			.containsEntry("metric_value", null)
			.containsEntry("metric_denominator", 0L);
	}

	private void setItem(long id, LocalDate due, String status, LocalDate completed) {
		this.jdbc.update("update action_item set due_date = ?, status = ?, completed_on = ? where id = ?", due, status,
				completed, id);
	}

	private long itemId(long assessmentId, String code) {
		return this.jdbc.queryForObject("select id from action_item where assessment_id = ? and indicator_code = ?",
				Long.class, assessmentId, code);
	}

}
