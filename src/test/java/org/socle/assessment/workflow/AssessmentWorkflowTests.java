package org.socle.assessment.workflow;

import java.time.LocalDate;

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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The workflow through the web layer, per role: who creates, edits, submits, takes,
 * returns and validates; what nobody may do; and that the database refuses to change a
 * validated assessment even behind the service's back.
 */
@SocleTest
class AssessmentWorkflowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	AssessmentFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	SocleUser managerA;

	SocleUser managerB;

	SocleUser auditor;

	@BeforeEach
	void users() {
		this.managerA = this.identity.managerA();
		this.managerB = this.identity.managerB();
		this.auditor = this.identity.auditor();
	}

	private EstablishmentInfo establishment(String name) {
		return this.fixtures.establishment(name, this.managerA.organisationId());
	}

	@Test
	void aManagerCreatesASelfAssessmentFromTheFormAndLandsOnIt() throws Exception {
		EstablishmentInfo e = establishment("Workflow création");
		this.mvc
			.perform(
					get("/establishments/{id}/assessments/new", e.id()).param("kind", "SELF").with(user(this.managerA)))
			.andExpect(status().isOk())
			.andExpect(view().name(EstablishmentAssessmentsController.NEW_VIEW))
			.andExpect(content().string(containsString("SOCLE-EPS 1.0 · ")));
		String location = this.mvc
			.perform(post("/establishments/{id}/assessments", e.id()).param("kind", "SELF")
				.param("standardId", defaultStandardId())
				.param("referenceDate", "2025-06-30")
				.with(user(this.managerA))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches("/assessments/\\d+");
		this.mvc.perform(get(location).with(user(this.managerA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("D1.C1.I1")))
			.andExpect(content().string(not(containsString("D3.C3.I1"))))
			.andExpect(content().string(containsString("answers/D1.C1.I2")));
		// a second self-assessment in progress is refused with a message, not an error
		this.mvc
			.perform(post("/establishments/{id}/assessments", e.id()).param("kind", "SELF")
				.param("standardId", defaultStandardId())
				.param("referenceDate", "2025-06-30")
				.with(user(this.managerA))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(EstablishmentAssessmentsController.NEW_VIEW))
			.andExpect(content().string(containsString("déjà en cours")));
	}

	@Test
	void onlyTheRightSideCreatesEachKind() throws Exception {
		EstablishmentInfo e = establishment("Workflow types");
		this.mvc
			.perform(post("/establishments/{id}/assessments", e.id()).param("kind", "AUDIT")
				.param("standardId", defaultStandardId())
				.param("referenceDate", "2025-06-30")
				.with(user(this.managerA))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/establishments/{id}/assessments", e.id()).param("kind", "SELF")
				.param("standardId", defaultStandardId())
				.param("referenceDate", "2025-06-30")
				.with(user(this.auditor))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(
					get("/establishments/{id}/assessments/new", e.id()).param("kind", "SELF").with(user(this.managerB)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aFutureReferenceDateIsRefusedWithAMessage() throws Exception {
		EstablishmentInfo e = establishment("Workflow date future");
		this.mvc
			.perform(post("/establishments/{id}/assessments", e.id()).param("kind", "SELF")
				.param("standardId", defaultStandardId())
				.param("referenceDate", LocalDate.now().plusYears(1).toString())
				.with(user(this.managerA))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(EstablishmentAssessmentsController.NEW_VIEW));
	}

	@Test
	void theWholeWorkflowPerRole() throws Exception {
		EstablishmentInfo e = establishment("Workflow complet");
		long id = this.fixtures.create(e.id(), AssessmentKind.SELF, this.managerA);

		// an auditor cannot edit a manager's draft, nor submit it
		this.mvc
			.perform(post("/assessments/{id}/answers/{code}", id, "D1.C1.I2").param("level", "3")
				.param("version", "0")
				.with(user(this.auditor))
				.with(csrf()))
			.andExpect(status().isForbidden());
		// the auditor reads it, without a form
		this.mvc.perform(get("/assessments/{id}", id).with(user(this.auditor)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("answers/D1.C1.I2\""))));
		// a manager of another organisation does not even see it
		this.mvc.perform(get("/assessments/{id}", id).with(user(this.managerB))).andExpect(status().isNotFound());

		// submission is blocked while coverage is below 80 %
		this.mvc
			.perform(post("/assessments/{id}/submit", id).param("version", version(id))
				.with(user(this.managerA))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/assessments/" + id + "#problems"));
		assertThat(statusOf(id)).isEqualTo("DRAFT");

		this.fixtures.answerTyped(id, this.managerA, 3);
		this.mvc
			.perform(post("/assessments/{id}/submit", id).param("version", version(id))
				.with(user(this.auditor))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/assessments/{id}/submit", id).param("version", version(id))
				.with(user(this.managerA))
				.with(csrf()))
			.andExpect(redirectedUrl("/assessments/" + id));
		assertThat(statusOf(id)).isEqualTo("SUBMITTED");

		// submitted: nobody edits; a manager cannot take nor validate
		this.mvc
			.perform(post("/assessments/{id}/answers/{code}", id, "D1.C1.I2").param("level", "4")
				.param("version", answerVersion(id, "D1.C1.I2"))
				.with(user(this.managerA))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(
				post("/assessments/{id}/take", id).param("version", version(id)).with(user(this.managerA)).with(csrf()))
			.andExpect(status().isForbidden());

		// in the auditors' queue; taken
		this.mvc.perform(get("/assessments/review").param("size", "100").with(user(this.auditor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/assessments/" + id + "\"")));
		this.mvc.perform(
				post("/assessments/{id}/take", id).param("version", version(id)).with(user(this.auditor)).with(csrf()))
			.andExpect(redirectedUrl("/assessments/" + id));
		assertThat(statusOf(id)).isEqualTo("IN_REVIEW");
		this.mvc
			.perform(post("/assessments/{id}/validate", id).param("version", version(id))
				.with(user(this.managerA))
				.with(csrf()))
			.andExpect(status().isForbidden());

		// a comment of more than 2,000 characters, or no version, and nothing changes
		this.mvc
			.perform(post("/assessments/{id}/validate", id).param("version", version(id))
				.param("comment", "x".repeat(2001))
				.with(user(this.auditor))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(AssessmentController.PAGE_VIEW))
			.andExpect(content().string(containsString("Commentaire trop long : 2000 caractères au plus.")));
		this.mvc.perform(post("/assessments/{id}/validate", id).with(user(this.auditor)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(AssessmentController.PAGE_VIEW));
		assertThat(statusOf(id)).isEqualTo("IN_REVIEW");

		// returning needs a comment; the page keeps the other input
		this.mvc
			.perform(post("/assessments/{id}/return", id).param("version", version(id))
				.with(user(this.auditor))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(AssessmentController.PAGE_VIEW))
			.andExpect(content().string(containsString("un commentaire est obligatoire")));
		this.mvc
			.perform(post("/assessments/{id}/return", id).param("version", version(id))
				.param("comment", "Joindre le PV de la commission de sécurité")
				.with(user(this.auditor))
				.with(csrf()))
			.andExpect(redirectedUrl("/assessments/" + id));
		assertThat(statusOf(id)).isEqualTo("RETURNED");

		// returned: the manager sees the comment, edits again and resubmits
		this.mvc.perform(get("/assessments/{id}", id).with(user(this.managerA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Joindre le PV de la commission de sécurité")))
			.andExpect(content().string(containsString("answers/D1.C1.I2")));
		this.mvc
			.perform(post("/assessments/{id}/answers/{code}", id, "D1.C1.I2").param("level", "4")
				.param("version", answerVersion(id, "D1.C1.I2"))
				.with(user(this.managerA))
				.with(csrf()))
			.andExpect(redirectedUrl("/assessments/" + id + "#ind-D1.C1.I2"));
		this.mvc
			.perform(post("/assessments/{id}/submit", id).param("version", version(id))
				.with(user(this.managerA))
				.with(csrf()))
			.andExpect(redirectedUrl("/assessments/" + id));
		this.mvc.perform(
				post("/assessments/{id}/take", id).param("version", version(id)).with(user(this.auditor)).with(csrf()))
			.andExpect(redirectedUrl("/assessments/" + id));

		// a stale version is a conflict, not a silent overwrite
		this.mvc
			.perform(post("/assessments/{id}/validate", id).param("version", "0").with(user(this.auditor)).with(csrf()))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/assessments/{id}/validate", id).param("version", version(id))
				.param("comment", "Conforme")
				.with(user(this.auditor))
				.with(csrf()))
			.andExpect(redirectedUrl("/assessments/" + id + "/score"));
		assertThat(statusOf(id)).isEqualTo("VALIDATED");

		// the history says who did what
		assertThat(this.jdbc.queryForList(
				"select coalesce(from_status, '-') || '>' || to_status from assessment_event where assessment_id = ? order by id",
				String.class, id))
			.containsExactly("->DRAFT", "DRAFT>SUBMITTED", "SUBMITTED>IN_REVIEW", "IN_REVIEW>RETURNED",
					"RETURNED>SUBMITTED", "SUBMITTED>IN_REVIEW", "IN_REVIEW>VALIDATED");
		// scores are stored for reporting
		assertThat(this.jdbc.queryForObject("select count(*) from assessment_score where assessment_id = ?", Long.class,
				id))
			.isEqualTo(1);

		// nobody edits a validated assessment: not the manager, not the auditor, not an
		// admin
		for (SocleUser anyone : new SocleUser[] { this.managerA, this.auditor, this.identity.admin() }) {
			this.mvc
				.perform(post("/assessments/{id}/answers/{code}", id, "D1.C1.I2").param("level", "1")
					.param("version", answerVersion(id, "D1.C1.I2"))
					.with(user(anyone))
					.with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc.perform(post("/assessments/{id}/metrics", id).with(user(anyone)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		// and the database refuses it too
		assertThatThrownBy(() -> this.jdbc.update("update assessment_answer set level = 1 where assessment_id = ?", id))
			.hasMessageContaining("immutable");
		assertThatThrownBy(
				() -> this.jdbc.update("update assessment set reference_date = reference_date - 1 where id = ?", id))
			.hasMessageContaining("immutable");
		assertThatThrownBy(() -> this.jdbc.update("delete from assessment_answer where assessment_id = ?", id))
			.hasMessageContaining("immutable");
		assertThatThrownBy(
				() -> this.jdbc.update("update assessment_score set rating = 'A' where assessment_id = ?", id))
			.hasMessageContaining("never changed");
	}

	@Test
	void anAuditIsTheAuditorsAndManagersSeeItOnlyOnceValidated() throws Exception {
		EstablishmentInfo e = establishment("Workflow audit");
		long self = this.fixtures.validatedSelf(e.id(), this.managerA, this.auditor, 3, AssessmentFixtures.D);
		long audit = this.fixtures.create(e.id(), AssessmentKind.AUDIT, this.auditor, AssessmentFixtures.D, true);
		// started from the self-assessment: its typed answers are copied
		assertThat(this.jdbc.queryForObject("select started_from_id from assessment where id = ?", Long.class, audit))
			.isEqualTo(self);
		assertThat(this.jdbc.queryForObject(
				"select level from assessment_answer where assessment_id = ? and indicator_code = 'D1.C1.I2'",
				Integer.class, audit))
			.isEqualTo(3);
		this.mvc.perform(get("/assessments/{id}", audit).with(user(this.managerA))).andExpect(status().isNotFound());
		this.mvc.perform(get("/establishments/{id}/assessments", e.id()).with(user(this.managerA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/assessments/" + self + "\"")))
			.andExpect(content().string(not(containsString("/assessments/" + audit + "\""))));
		// the manager cannot edit the audit; the auditor can
		this.mvc
			.perform(post("/assessments/{id}/answers/{code}", audit, "D1.C1.I2").param("level", "2")
				.param("version", answerVersion(audit, "D1.C1.I2"))
				.with(user(this.managerA))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/assessments/{id}/answers/{code}", audit, "D1.C1.I2").param("level", "2")
				.param("version", answerVersion(audit, "D1.C1.I2"))
				.with(user(this.auditor))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/establishments/{id}/assessments", e.id()).with(user(this.auditor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/assessments/" + audit + "\"")));
	}

	@Test
	void aBadAnswerKeepsWhatWasTypedWithAndWithoutJavaScript() throws Exception {
		EstablishmentInfo e = establishment("Workflow saisie");
		long id = this.fixtures.create(e.id(), AssessmentKind.SELF, this.managerA);
		// a typed metric that does not parse: the page comes back with the text and a
		// message
		this.mvc
			.perform(post("/assessments/{id}/answers/{code}", id, "D5.C2.I1").param("value", "douze,5x")
				.param("comment", "Relevé du mois de mai")
				.param("version", answerVersion(id, "D5.C2.I1"))
				.with(user(this.managerA))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(AssessmentController.PAGE_VIEW))
			.andExpect(content().string(containsString("value=\"douze,5x\"")))
			.andExpect(content().string(containsString("Relevé du mois de mai")))
			.andExpect(content().string(containsString("Nombre attendu")));
		// the same by the autosave: the card's state and problems and the progress come
		// back, the inputs (with what was typed) stay on the page
		this.mvc
			.perform(post("/assessments/{id}/answers/{code}", id, "D5.C2.I1").param("value", "abc")
				.param("version", answerVersion(id, "D5.C2.I1"))
				.header(AssessmentController.AUTOSAVE, "1")
				.with(user(this.managerA))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(header().string(AssessmentController.AUTOSAVE_OUTCOME, "invalid"))
			.andExpect(content().string(containsString("id=\"ind-D5.C2.I1-feedback\"")))
			.andExpect(content().string(containsString("id=\"status-panel\"")))
			.andExpect(content().string(not(containsString("<nav"))));
		// N/A where not allowed, and N/A without a comment where allowed
		this.mvc
			.perform(post("/assessments/{id}/answers/{code}", id, "D1.C1.I2").param("notApplicable", "true")
				.param("comment", "x")
				.param("version", answerVersion(id, "D1.C1.I2"))
				.with(user(this.managerA))
				.with(csrf()))
			.andExpect(content().string(containsString("ne peut pas être déclaré sans objet")));
		this.mvc
			.perform(post("/assessments/{id}/answers/{code}", id, "D6.C2.I2").param("notApplicable", "true")
				.param("version", answerVersion(id, "D6.C2.I2"))
				.with(user(this.managerA))
				.with(csrf()))
			.andExpect(content().string(containsString("Expliquez en commentaire")));
		// a good one by the autosave: saved, with the new level
		this.mvc
			.perform(post("/assessments/{id}/answers/{code}", id, "D5.C2.I1").param("value", "12,5")
				.param("version", answerVersion(id, "D5.C2.I1"))
				.header(AssessmentController.AUTOSAVE, "1")
				.with(user(this.managerA))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(header().string(AssessmentController.AUTOSAVE_OUTCOME, "saved"))
			.andExpect(content().string(containsString("Niveau 3")));
		assertThat(this.jdbc.queryForObject(
				"select metric_value from assessment_answer where assessment_id = ? and indicator_code = 'D5.C2.I1'",
				java.math.BigDecimal.class, id))
			.isEqualByComparingTo("12.5");
		// a stale version: a conflict message, the input kept
		this.mvc
			.perform(post("/assessments/{id}/answers/{code}", id, "D5.C2.I1").param("value", "20")
				.param("version", "0")
				.with(user(this.managerA))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"20\"")))
			.andExpect(content().string(containsString("a été modifiée par")));
	}

	@Test
	void computedMetricsCannotBeOverwrittenByTheAssessor() throws Exception {
		EstablishmentInfo e = establishment("Workflow métrique");
		long id = this.fixtures.create(e.id(), AssessmentKind.SELF, this.managerA);
		String before = this.jdbc.queryForObject(
				"select metric_value::text from assessment_answer where assessment_id = ? and indicator_code = 'D3.C1.I1'",
				String.class, id);
		this.mvc
			.perform(post("/assessments/{id}/answers/{code}", id, "D3.C1.I1").param("value", "5")
				.param("comment", "Vérifié sur les cartes AMO")
				.param("version", answerVersion(id, "D3.C1.I1"))
				.with(user(this.managerA))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject(
				"select metric_value::text || '|' || comment from assessment_answer where assessment_id = ? and indicator_code = 'D3.C1.I1'",
				String.class, id))
			.isEqualTo(before + "|Vérifié sur les cartes AMO");
	}

	private String defaultStandardId() {
		return Long.toString(this.fixtures.standardId());
	}

	private String version(long id) {
		return this.jdbc.queryForObject("select version from assessment where id = ?", Long.class, id).toString();
	}

	private String answerVersion(long id, String code) {
		return this.jdbc
			.queryForObject("select version from assessment_answer where assessment_id = ? and indicator_code = ?",
					Long.class, id, code)
			.toString();
	}

	private String statusOf(long id) {
		return this.jdbc.queryForObject("select status from assessment where id = ?", String.class, id);
	}

}
