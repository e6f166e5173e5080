package org.socle.assessment.contradiction;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.QueryCount;
import org.socle.SocleTest;
import org.socle.assessment.AssessmentFixtures;
import org.socle.assessment.AssessmentKind;
import org.socle.assessment.OpenContradictions;
import org.socle.assessment.workflow.AnswerForm;
import org.socle.assessment.workflow.AssessmentService;
import org.socle.establishment.EstablishmentRecords;
import org.socle.establishment.RecordFacts;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Declarations checked against the records, through the pages: the manager's warnings
 * before submitting, the contradictions kept at submission and shown first to the
 * reviewer, the score page's marks, the reviewer's decisions and the history, who may
 * decide, the counts for the inspection plan, the admins' switch, and the bounded number
 * of statements. Every self-assessment here is answered at level 3 throughout.
 */
@SocleTest
class ContradictionReviewTests {

	private static final LocalDate D = AssessmentFixtures.D;

	private static final String DIRECTOR_MESSAGE = "aucun directeur n’est enregistré";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	AssessmentFixtures fixtures;

	@Autowired
	AssessmentService workflow;

	@Autowired
	EstablishmentRecords records;

	@Autowired
	OpenContradictions open;

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
	void managerSeesTheWarningsBeforeSubmittingAndAnHonestFixRemovesThem() throws Exception {
		long establishment = establishment("Contra brouillon", false);
		long id = this.fixtures.create(establishment, AssessmentKind.SELF, this.manager);
		this.fixtures.answerTyped(id, this.manager, 3);
		String html = page(id, this.manager);
		assertThat(html).contains("id=\"contradictions\"", "id=\"contradictions-warning\"", DIRECTOR_MESSAGE,
				"Réunions déclarées : 2 (niveau 3) ; réunions enregistrées en 12 mois : 0 (niveau 1).",
				"href=\"/establishments/" + establishment + "/committee\"");
		assertThat(html.indexOf("id=\"contradictions\"")).isLessThan(html.indexOf("indicator-card"));
		assertThat(this.jdbc.queryForObject("select count(*) from assessment_contradiction where assessment_id = ?",
				Long.class, id))
			.as("warnings only: nothing kept before submission")
			.isZero();

		AnswerForm no = new AnswerForm();
		no.setAnswer("NO");
		assertThat(this.fixtures.answer(id, this.manager, "D1.C2.I2", no).hasErrors()).isFalse();
		assertThat(page(id, this.manager)).doesNotContain(DIRECTOR_MESSAGE).contains("id=\"contradictions-warning\"");

		String arabic = this.mvc.perform(get("/assessments/{id}", id).param("lang", "ar").with(user(this.manager)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(arabic).contains("dir=\"rtl\"", "أجوبة تناقضها سجلاتكم", "اجتماعات اللجنة");
	}

	@Test
	void submissionKeepsTheContradictionsAndTheReviewPageShowsThemFirst() throws Exception {
		long establishment = establishment("Contra revue", false);
		long id = submitted(establishment);
		assertThat(this.jdbc.queryForList(
				"select rule_code from assessment_contradiction where assessment_id = ? order by rule_code",
				String.class, id))
			.containsExactly("ACCOUNTS", "COMMITTEE_MEETINGS", "DIRECTOR", "MULTIDISCIPLINARY_TEAM");
		take(id);
		String html = page(id, this.auditor);
		int panel = html.indexOf("id=\"contradictions\"");
		assertThat(panel).isPositive().isLessThan(html.indexOf("indicator-card"));
		String contradictions = html.substring(panel, html.indexOf("indicator-card"));
		assertThat(contradictions).contains("Directeur", DIRECTOR_MESSAGE, "Réponse déclarée",
				"href=\"/establishments/" + establishment + "\"", "Comptabilité",
				"aucune ressource enregistrée pour 2024 ni 2025", "/contradictions/");
		assertThat(contradictions).as("names, not codes alone")
			.containsPattern("<bdi class=\"font-monospace\">D1.C2.I2</bdi> <span>\\p{L}");
	}

	@Test
	void theScorePageMarksTheIndicatorsConcerned() throws Exception {
		long id = submitted(establishment("Contra score", false));
		String html = this.mvc.perform(get("/assessments/{id}/score", id).with(user(this.auditor)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"score-contradictions\"");
		assertThat(summary(html, "D1.C2.I2")).contains("contradiction-mark");
		assertThat(summary(html, "D1.C3.I1")).contains("contradiction-mark");
		assertThat(summary(html, "D2.C2.I2")).doesNotContain("contradiction-mark");
	}

	@Test
	void theReviewersDecisionIsKeptWithWhoAndWhenAndInTheHistory() throws Exception {
		long id = submitted(establishment("Contra décision", false));
		take(id);
		long contradiction = contradiction(id, "DIRECTOR");
		this.mvc
			.perform(post("/assessments/{id}/contradictions/{c}", id, contradiction).param("decision", "EXPLAINED")
				.param("comment", "Directrice nommée en mai, fiche pas encore à jour")
				.param("version", version(contradiction))
				.with(user(this.auditor))
				.with(csrf()))
			.andExpect(redirectedUrl("/assessments/" + id + "#contradictions"));
		assertThat(this.jdbc.queryForMap(
				"select decision, decision_comment, decided_by_id, decided_at is not null as dated from assessment_contradiction where id = ?",
				contradiction))
			.containsEntry("decision", "EXPLAINED")
			.containsEntry("decided_by_id", this.auditor.id())
			.containsEntry("dated", true);
		assertThat(this.jdbc.queryForMap(
				"select contradiction_decision, comment from assessment_event where assessment_id = ? and contradiction_rule = 'DIRECTOR'",
				id))
			.containsEntry("contradiction_decision", "EXPLAINED")
			.containsEntry("comment", "Directrice nommée en mai, fiche pas encore à jour");
		String html = page(id, this.manager);
		String history = html.substring(html.indexOf("history-contradiction"));
		assertThat(history).contains("Contradiction « Directeur »", "Expliquée",
				"Directrice nommée en mai, fiche pas encore à jour");
	}

	/**
	 * The score page's body is kept per content: a decision changes what it is made of,
	 * so the next request renders it anew (and it still marks the indicator).
	 */
	@Test
	void theScorePageFollowsTheDecisions() throws Exception {
		long id = submittedAndTaken("Contra score décision");
		assertThat(score(id).getModelAndView().getModel()).as("rendered").containsKey("page");
		assertThat(score(id).getModelAndView().getModel()).as("kept").doesNotContainKey("page");
		this.mvc.perform(decision(id, contradiction(id, "DIRECTOR"), this.auditor))
			.andExpect(redirectedUrl("/assessments/" + id + "#contradictions"));
		MvcResult decided = score(id);
		assertThat(decided.getModelAndView().getModel()).as("rendered anew").containsKey("page");
		assertThat(summary(decided.getResponse().getContentAsString(), "D1.C2.I2")).contains("contradiction-mark");
	}

	/**
	 * Returned, fixed in part and submitted again: the new snapshot replaces the kept
	 * contradictions (the one fixed is gone, the others come back undecided), while the
	 * decisions taken during the first review stay in the history.
	 */
	@Test
	void aResubmissionReplacesTheContradictionsAndTheHistoryKeepsTheDecisions() throws Exception {
		long id = submittedAndTaken("Contra renvoi");
		long director = contradiction(id, "DIRECTOR");
		long accounts = contradiction(id, "ACCOUNTS");
		this.mvc.perform(decision(id, director, this.auditor)).andExpect(status().is3xxRedirection());
		this.mvc.perform(decision(id, accounts, this.auditor)).andExpect(status().is3xxRedirection());
		AssessmentFixtures.as(this.auditor, () -> {
			this.workflow.returnToEditor(id, assessmentVersion(id), "Directeur à corriger");
			return null;
		});
		AnswerForm no = new AnswerForm();
		no.setAnswer("NO");
		assertThat(this.fixtures.answer(id, this.manager, "D1.C2.I2", no).hasErrors()).isFalse();
		submit(id);

		assertThat(this.jdbc.queryForList(
				"select rule_code from assessment_contradiction where assessment_id = ? order by rule_code",
				String.class, id))
			.containsExactly("ACCOUNTS", "COMMITTEE_MEETINGS", "MULTIDISCIPLINARY_TEAM");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from assessment_contradiction where assessment_id = ? and (decision is not null or id in (?, ?))",
				Long.class, id, director, accounts))
			.as("new rows, none decided")
			.isZero();
		assertThat(this.jdbc.queryForList(
				"select contradiction_rule || ' ' || contradiction_decision from assessment_event where assessment_id = ? and contradiction_rule is not null order by id",
				String.class, id))
			.containsExactly("DIRECTOR CONFIRMED", "ACCOUNTS CONFIRMED");
		take(id);
		String html = page(id, this.auditor);
		assertThat(html.substring(html.indexOf("id=\"contradictions\""), html.indexOf("indicator-card")))
			.doesNotContain(DIRECTOR_MESSAGE)
			.contains("Comptabilité");
		assertThat(html.substring(html.indexOf("history-contradiction"))).contains("Contradiction « Directeur »",
				"Contradiction « Comptabilité »", "Confirmée");
	}

	/**
	 * Once the assessment is validated its contradictions are frozen: the reviewer's form
	 * is refused, and the database refuses any change made behind the application's back.
	 */
	@Test
	void noDecisionOnceValidated() throws Exception {
		long id = submittedAndTaken("Contra validée");
		long director = contradiction(id, "DIRECTOR");
		this.mvc.perform(decision(id, director, this.auditor)).andExpect(status().is3xxRedirection());
		AssessmentFixtures.as(this.auditor, () -> {
			this.workflow.validate(id, assessmentVersion(id), null);
			return null;
		});
		long accounts = contradiction(id, "ACCOUNTS");
		long events = this.jdbc.queryForObject("select count(*) from assessment_event where assessment_id = ?",
				Long.class, id);

		this.mvc.perform(decision(id, accounts, this.auditor)).andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select decision from assessment_contradiction where id = ?", String.class,
				accounts))
			.isNull();
		assertThat(this.jdbc.queryForObject("select count(*) from assessment_event where assessment_id = ?", Long.class,
				id))
			.isEqualTo(events);

		assertThatThrownBy(() -> this.jdbc.update(
				"update assessment_contradiction set decision = 'EXPLAINED', decided_at = now(), decided_by_id = ? where id = ?",
				this.auditor.id(), director))
			.hasMessageContaining("immutable");
		assertThatThrownBy(() -> this.jdbc.update("delete from assessment_contradiction where assessment_id = ?", id))
			.hasMessageContaining("immutable");
		assertThatThrownBy(() -> this.jdbc.update(
				"""
						insert into assessment_contradiction (assessment_id, rule_code, indicator_code, message_key, message_args,
						    found_at, created_at, updated_at)
						values (?, 'OCCUPANCY', 'D2.C1.I1', 'contradiction.OCCUPANCY.message', ARRAY[]::text[], now(), now(), now())
						""",
				id))
			.hasMessageContaining("immutable");
		assertThat(this.jdbc.queryForObject("select decision from assessment_contradiction where id = ?", String.class,
				director))
			.isEqualTo("CONFIRMED");
	}

	@Test
	void aRefusedDecisionComesBackWithWhatWasTyped() throws Exception {
		long id = submitted(establishment("Contra erreurs", false));
		take(id);
		long contradiction = contradiction(id, "ACCOUNTS");
		String missing = this.mvc
			.perform(post("/assessments/{id}/contradictions/{c}", id, contradiction)
				.param("comment", "Comptes tenus par le trésorier")
				.param("version", version(contradiction))
				.with(user(this.auditor))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(missing).contains("Comptes tenus par le trésorier", "Ce champ est obligatoire.");
		String stale = this.mvc
			.perform(post("/assessments/{id}/contradictions/{c}", id, contradiction).param("decision", "CONFIRMED")
				.param("comment", "Vu sur place")
				.param("version", "99")
				.with(user(this.auditor))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(stale).contains("Vu sur place", "a été modifiée par");
		assertThat(this.jdbc.queryForObject("select decision from assessment_contradiction where id = ?", String.class,
				contradiction))
			.isNull();
	}

	@Test
	void onlyAnIndependentReviewerDecidesAndOtherOrganisationsSeeNothing() throws Exception {
		long id = submitted(establishment("Contra accès", false));
		long contradiction = contradiction(id, "DIRECTOR");
		SocleUser other = this.identity.managerB();
		this.mvc.perform(decision(id, contradiction, this.auditor)).andExpect(status().isForbidden());
		take(id);
		this.mvc.perform(decision(id, contradiction, this.manager)).andExpect(status().isForbidden());
		this.mvc.perform(decision(id, contradiction, other)).andExpect(status().isNotFound());
		this.mvc.perform(get("/assessments/{id}", id).with(user(other))).andExpect(status().isNotFound());
		this.mvc.perform(get("/assessments/{id}/score", id).with(user(other))).andExpect(status().isNotFound());
		// a contradiction of another assessment in review, through this one's address
		long elsewhere = contradiction(submittedAndTaken("Contra ailleurs"), "DIRECTOR");
		this.mvc.perform(decision(id, elsewhere, this.auditor)).andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from assessment_contradiction where decision is not null and id in (?, ?)", Long.class,
				contradiction, elsewhere))
			.isZero();
		this.mvc.perform(get("/admin/contradiction-rules").with(user(this.manager))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/contradiction-rules").with(user(this.auditor))).andExpect(status().isForbidden());
	}

	@Test
	void theInspectionPlanCountsTheContradictionsNotCorrected() throws Exception {
		long establishment = establishment("Contra comptes", false);
		long id = submitted(establishment);
		assertThat(this.open.openContradictionsByEstablishment()).containsEntry(establishment, 4);
		take(id);
		long contradiction = contradiction(id, "DIRECTOR");
		this.mvc
			.perform(post("/assessments/{id}/contradictions/{c}", id, contradiction).param("decision", "CORRECTED")
				.param("version", version(contradiction))
				.with(user(this.auditor))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.open.openContradictionsByEstablishment()).containsEntry(establishment, 3);
		long sound = establishment("Contra sain", true);
		submitted(sound);
		assertThat(this.open.openContradictionsByEstablishment()).doesNotContainKey(sound);
	}

	@Test
	void aRuleSwitchedOffIsNotChecked() throws Exception {
		long id = this.fixtures.create(establishment("Contra règle", false), AssessmentKind.SELF, this.manager);
		this.fixtures.answerTyped(id, this.manager, 3);
		SocleUser admin = this.identity.admin();
		assertThat(this.mvc.perform(get("/admin/contradiction-rules").with(user(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("id=\"rule-DIRECTOR\"", "Directeur");
		try {
			switchRule(admin, false);
			assertThat(page(id, this.manager)).doesNotContain(DIRECTOR_MESSAGE).contains("Comptabilité");
		}
		finally {
			switchRule(admin, true);
		}
		assertThat(page(id, this.manager)).contains(DIRECTOR_MESSAGE);
	}

	/**
	 * The reviewer's page reads the kept contradictions in one statement, and the
	 * manager's form checks all the rules with the records read once: as many statements
	 * with one contradiction as with six.
	 */
	@Test
	void thePagesRunAFixedNumberOfStatementsWhateverTheContradictions() throws Exception {
		long one = establishment("Contra une", true);
		this.jdbc.update("update establishment set director_name = null where id = ?", one);
		long many = establishment("Contra plusieurs", false);
		this.jdbc.update(
				"update establishment set authorisation_date = '2020-01-01', authorisation_expiry = '2025-01-01' where id = ?",
				many);
		long draftOne = draft(one);
		long draftMany = draft(many);
		this.jdbc.update("update establishment set authorised_capacity = 1 where id = ?", many);
		assertThat(page(draftMany, this.manager)).contains("a expiré le", "pour une capacité autorisée de 1");
		long formOne = statements(draftOne, this.manager);
		assertThat(statements(draftMany, this.manager)).isEqualTo(formOne).isLessThanOrEqualTo(12);

		long reviewOne = submit(draftOne);
		long reviewMany = submit(draftMany);
		assertThat(count(reviewOne)).isEqualTo(1);
		assertThat(count(reviewMany)).isEqualTo(6);
		take(reviewOne);
		take(reviewMany);
		long pageOne = statements(reviewOne, this.auditor);
		assertThat(statements(reviewMany, this.auditor)).isEqualTo(pageOne).isLessThanOrEqualTo(8);
	}

	@Test
	void theRecordFactsFollowTheReferenceDate() {
		long establishment = establishment("Contra faits", true);
		meeting(establishment, D.minusYears(1));
		meeting(establishment, D.plusDays(1));
		staff(establishment, "Ancienne", "Psychologue", true, D.minusDays(1), 40);
		resources(establishment, D.getYear() - 1, 1, 1);
		RecordFacts facts = AssessmentFixtures.as(this.auditor, () -> this.records.factsAt(establishment, D));
		assertThat(facts.meetingIds()).as("exactly one year before is out, after the date too").hasSize(2);
		assertThat(facts.staffInPost()).isEqualTo(2);
		assertThat(facts.careQualifications()).isEqualTo(2);
		assertThat(facts.trainingHours()).isEqualTo(24);
		assertThat(facts.resourcesYear()).isEqualTo(D.getYear());
		assertThat(facts.directorRecorded()).isTrue();
	}

	// fixtures

	/**
	 * A CHILDREN establishment of organisation A with two beneficiaries and a
	 * care-qualified educator (12 training hours); {@code sound} adds what makes every
	 * answer at level 3 true: a director, two committee meetings in the year, resources
	 * of the year (half of them stable, enough for 12 MAD a day), a nurse.
	 */
	private long establishment(String name, boolean sound) {
		long id = this.fixtures.establishment(name, this.manager.organisationId()).id();
		if (sound) {
			this.jdbc.update("update establishment set director_name = 'Directrice' where id = ?", id);
			meeting(id, D.minusMonths(2));
			meeting(id, D.minusMonths(8));
			resources(id, D.getYear(), 5000, 5000);
			staff(id, "Infirmière " + name, "Infirmière", true, D.minusYears(2), 12);
		}
		return id;
	}

	private long draft(long establishment) {
		long id = this.fixtures.create(establishment, AssessmentKind.SELF, this.manager);
		this.fixtures.answerTyped(id, this.manager, 3);
		return id;
	}

	private long submitted(long establishment) {
		return submit(draft(establishment));
	}

	private long submittedAndTaken(String name) throws Exception {
		long id = submitted(establishment(name, false));
		take(id);
		return id;
	}

	private long submit(long id) {
		AssessmentFixtures.as(this.manager, () -> {
			this.workflow.submit(id, assessmentVersion(id));
			return null;
		});
		return id;
	}

	private void take(long id) {
		AssessmentFixtures.as(this.auditor, () -> {
			this.workflow.take(id, assessmentVersion(id));
			return null;
		});
	}

	private long assessmentVersion(long id) {
		return this.jdbc.queryForObject("select version from assessment where id = ?", Long.class, id);
	}

	private void meeting(long establishment, LocalDate date) {
		this.jdbc.update("""
				insert into committee_meeting (establishment_id, meeting_date, created_at, updated_at)
				values (?, ?, now(), now())""", establishment, date);
	}

	private void resources(long establishment, int year, int stable, int charity) {
		this.jdbc.update(
				"""
						insert into establishment_resource (establishment_id, year, public_funding, charity, created_at, updated_at)
						values (?, ?, ?, ?, now(), now())""",
				establishment, year, stable, charity);
	}

	private void staff(long establishment, String name, String qualification, boolean care, LocalDate start,
			int hours) {
		this.jdbc.update("""
				insert into establishment_staff (establishment_id, name, qualification, care_qualified, start_date,
				    end_date, training_hours_per_year, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, now(), now())""", establishment, name, qualification, care, start,
				start.isBefore(D.minusYears(1)) ? null : start, hours);
	}

	private long contradiction(long assessment, String rule) {
		return this.jdbc.queryForObject(
				"select id from assessment_contradiction where assessment_id = ? and rule_code = ?", Long.class,
				assessment, rule);
	}

	private long count(long assessment) {
		return this.jdbc.queryForObject("select count(*) from assessment_contradiction where assessment_id = ?",
				Long.class, assessment);
	}

	private String version(long contradiction) {
		return this.jdbc.queryForObject("select version from assessment_contradiction where id = ?", String.class,
				contradiction);
	}

	private org.springframework.test.web.servlet.RequestBuilder decision(long id, long contradiction, SocleUser who) {
		return post("/assessments/{id}/contradictions/{c}", id, contradiction).param("decision", "CONFIRMED")
			.param("version", version(contradiction))
			.with(user(who))
			.with(csrf());
	}

	private void switchRule(SocleUser admin, boolean enabled) throws Exception {
		this.mvc
			.perform(post("/admin/contradiction-rules").param("code", "DIRECTOR")
				.param("enabled", Boolean.toString(enabled))
				.with(user(admin))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/contradiction-rules"));
	}

	private MvcResult score(long id) throws Exception {
		return this.mvc.perform(get("/assessments/{id}/score", id).with(user(this.auditor)))
			.andExpect(status().isOk())
			.andReturn();
	}

	private String page(long id, SocleUser who) throws Exception {
		return this.mvc.perform(get("/assessments/{id}", id).with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long statements(long id, SocleUser who) throws Exception {
		page(id, who);
		return QueryCount.of(this.mvc, get("/assessments/{id}", id).with(user(who)));
	}

	/** The summary line of an indicator in the score page's explanation. */
	private static String summary(String html, String code) {
		int start = html.indexOf("id=\"x-" + code + "\"");
		return html.substring(start, html.indexOf("</summary>", start)).toLowerCase(Locale.ROOT);
	}

}
