package org.socle.assessment.workflow;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.assessment.AssessmentFixtures;
import org.socle.assessment.AssessmentKind;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Nothing typed in the assessment form is lost: the answers the page had not yet stored
 * travel with "submit" and are stored before the submission, a concurrent edit still
 * stops it, and the autosave never replaces the inputs being typed in.
 */
@SocleTest
class AssessmentAutosaveTests {

	private static final String CODE = "D1.C1.I2";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	AssessmentFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	SocleUser manager;

	@BeforeEach
	void users() {
		this.manager = this.identity.managerA();
	}

	private long answeredDraft(String name) {
		long establishmentId = this.fixtures.establishment(name, this.manager.organisationId()).id();
		long id = this.fixtures.create(establishmentId, AssessmentKind.SELF, this.manager);
		this.fixtures.answerTyped(id, this.manager, 3);
		return id;
	}

	@Test
	void aCommentTypedJustBeforeSubmittingIsStored() throws Exception {
		long id = answeredDraft("Autosave soumission");
		this.mvc
			.perform(post("/assessments/{id}/submit", id).param("version", version(id))
				.param("answers[" + CODE + "].version", answerVersion(id, CODE))
				.param("answers[" + CODE + "].level", "3")
				.param("answers[" + CODE + "].comment", "Tapé juste avant de soumettre")
				.with(user(this.manager))
				.with(csrf()))
			.andExpect(redirectedUrl("/assessments/" + id));
		assertThat(statusOf(id)).isEqualTo("SUBMITTED");
		assertThat(comment(id)).isEqualTo("Tapé juste avant de soumettre");
	}

	@Test
	void pendingAnswersAreStoredEvenWhenTheSubmissionIsBlocked() throws Exception {
		long establishmentId = this.fixtures.establishment("Autosave bloquée", this.manager.organisationId()).id();
		long id = this.fixtures.create(establishmentId, AssessmentKind.SELF, this.manager);
		this.mvc
			.perform(post("/assessments/{id}/submit", id).param("version", version(id))
				.param("answers[" + CODE + "].version", answerVersion(id, CODE))
				.param("answers[" + CODE + "].comment", "Gardé malgré le blocage")
				.with(user(this.manager))
				.with(csrf()))
			.andExpect(redirectedUrl("/assessments/" + id + "#problems"));
		assertThat(statusOf(id)).isEqualTo("DRAFT");
		assertThat(comment(id)).isEqualTo("Gardé malgré le blocage");
	}

	@Test
	void aPendingAnswerChangedBySomeoneElseStopsTheSubmissionAndKeepsWhatWasTyped() throws Exception {
		long id = answeredDraft("Autosave conflit");
		String seen = answerVersion(id, CODE);
		AnswerForm other = new AnswerForm();
		other.setLevel("4");
		other.setComment("Saisi par une collègue");
		this.fixtures.answer(id, this.manager, CODE, other);
		this.mvc
			.perform(post("/assessments/{id}/submit", id).param("version", version(id))
				.param("answers[" + CODE + "].version", seen)
				.param("answers[" + CODE + "].level", "2")
				.param("answers[" + CODE + "].comment", "Ma version")
				.with(user(this.manager))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Ma version"), containsString("a été modifiée par"),
					containsString("n’a pas été soumise"))));
		assertThat(statusOf(id)).isEqualTo("DRAFT");
		assertThat(comment(id)).isEqualTo("Saisi par une collègue");
	}

	@Test
	void theAutosaveReturnsTheCardsStateNotItsInputs() throws Exception {
		long establishmentId = this.fixtures.establishment("Autosave fragment", this.manager.organisationId()).id();
		long id = this.fixtures.create(establishmentId, AssessmentKind.SELF, this.manager);
		String seen = answerVersion(id, CODE);
		this.mvc
			.perform(post("/assessments/{id}/answers/{code}", id, CODE).param("level", "3")
				.param("comment", "En cours de frappe")
				.param("version", seen)
				.header(AssessmentController.AUTOSAVE, "1")
				.with(user(this.manager))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(header().string(AssessmentController.AUTOSAVE_OUTCOME, "saved"))
			.andExpect(content().string(allOf(containsString("id=\"ind-" + CODE + "-state\""),
					containsString("id=\"ind-" + CODE + "-version\""), containsString("id=\"status-panel\""),
					matchesRegex("(?s).*id=\"D1-answered\"[^>]*>1 / \\d+ renseignés<.*"),
					not(containsString("<textarea")))));
		assertThat(comment(id)).isEqualTo("En cours de frappe");
		// the same version again: someone (here the same page in another tab) saved in
		// between
		this.mvc
			.perform(post("/assessments/{id}/answers/{code}", id, CODE).param("level", "2")
				.param("version", seen)
				.header(AssessmentController.AUTOSAVE, "1")
				.with(user(this.manager))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(header().string(AssessmentController.AUTOSAVE_OUTCOME, "conflict"))
			.andExpect(content().string(containsString("a été modifiée par")));
	}

	@Test
	void theFormSavesAsYouTypeWithAVisibleStateAndNoSaveButtons() throws Exception {
		long establishmentId = this.fixtures.establishment("Autosave page", this.manager.organisationId()).id();
		long id = this.fixtures.create(establishmentId, AssessmentKind.SELF, this.manager);
		String html = this.mvc.perform(get("/assessments/{id}", id).with(user(this.manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"autosave-state\"", "aria-live=\"polite\"", "js/assessment-form.js",
				"data-autosave");
		// the per-card save buttons only exist for browsers without JavaScript
		String withoutNoscript = html.replaceAll("(?s)<noscript>.*?</noscript>", "");
		assertThat(withoutNoscript).doesNotContain(">Enregistrer</button>");
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

	private String comment(long id) {
		return this.jdbc.queryForObject(
				"select comment from assessment_answer where assessment_id = ? and indicator_code = ?", String.class,
				id, CODE);
	}

}
