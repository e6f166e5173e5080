package org.socle.assessment.score;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.assessment.AssessmentFixtures;
import org.socle.assessment.AssessmentKind;
import org.socle.assessment.score.PlainArithmetic.Fraction;
import org.socle.assessment.scoring.Improvement;
import org.socle.assessment.workflow.AnswerForm;
import org.socle.assessment.workflow.AssessmentService;
import org.socle.establishment.EstablishmentInfo;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The score page, its JSON twin and the simulator, checked against SCORING.md's
 * arithmetic redone with plain integers from the JSON ({@link PlainArithmetic}).
 */
@SocleTest
class ScorePageTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	AssessmentFixtures fixtures;

	@Autowired
	AssessmentService workflow;

	@Autowired
	JdbcTemplate jdbc;

	SocleUser manager;

	@BeforeEach
	void users() {
		this.manager = this.identity.managerA();
	}

	/**
	 * Typed answers at level 3 except: no valid authorisation (D1.C1.I1, critical, level
	 * 1), hygiene at level 1 (D2.C2.I2), accessibility at level 2 (D2.C2.I3), accounts at
	 * level 4 (D1.C3.I1), complaints answered N/A.
	 */
	private long fixture(String name) {
		EstablishmentInfo e = this.fixtures.establishment(name, this.manager.organisationId());
		long id = this.fixtures.create(e.id(), AssessmentKind.SELF, this.manager);
		this.fixtures.answerTyped(id, this.manager, 3);
		answer(id, "D1.C1.I1", "answer", "NO");
		answer(id, "D2.C2.I2", "level", "1");
		answer(id, "D2.C2.I3", "level", "2");
		answer(id, "D1.C3.I1", "level", "4");
		AnswerForm na = new AnswerForm();
		na.setNotApplicable(true);
		na.setComment("Aucune réclamation reçue");
		assertThat(this.fixtures.answer(id, this.manager, "D6.C2.I2", na).hasErrors()).isFalse();
		return id;
	}

	private void answer(long id, String code, String field, String value) {
		AnswerForm form = new AnswerForm();
		if (field.equals("level")) {
			form.setLevel(value);
		}
		else {
			form.setAnswer(value);
		}
		assertThat(this.fixtures.answer(id, this.manager, code, form).hasErrors()).isFalse();
	}

	private JsonNode json(long id, SocleUser as) throws Exception {
		String body = this.mvc.perform(get("/assessments/{id}/score.json", id).with(user(as)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JSON.readTree(body);
	}

	@Test
	void theJsonExplanationLetsAnyoneRecomputeTheScoresWithPlainArithmetic() throws Exception {
		long id = fixture("Score JSON");
		JsonNode json = json(id, this.manager);
		assertThat(json.get("format").asString()).isEqualTo("socle-score/1");
		Fraction overall = PlainArithmetic.overall(json, Set.of());
		assertThat(json.at("/score/exact").asString()).isEqualTo(overall.toString());
		assertThat(json.at("/rating/roundedScore").asInt()).isEqualTo(overall.rounded());
		assertThat(json.at("/rating/rating").asString()).isEqualTo(PlainArithmetic.rating(json, Set.of()));
		for (JsonNode domain : json.get("domains")) {
			if (domain.get("applicable").asBoolean()) {
				Fraction score = PlainArithmetic.domainScore(domain, Set.of());
				assertThat(domain.at("/score/exact").asString()).as(domain.get("code").asString())
					.isEqualTo(score.toString());
				for (JsonNode criterion : domain.get("criteria")) {
					if (criterion.get("applicable").asBoolean()) {
						Fraction criterionScore = PlainArithmetic.criterionScore(criterion, Set.of());
						assertThat(criterion.at("/score/exact").asString()).as(criterion.get("code").asString())
							.isEqualTo((criterionScore != null) ? criterionScore.toString() : "");
					}
				}
			}
		}
		// the critical indicator at level 1 caps the rating at C, and says so
		assertThat(json.at("/rating/rating").asString()).isEqualTo("C");
		assertThat(json.at("/rating/caps/0/reason").asString()).isEqualTo("CRITICAL_AT_LEVEL_1");
		assertThat(json.at("/rating/caps/0/indicators/0").asString()).isEqualTo("D1.C1.I1");
		// every node of the standard is there, with its applicability and status
		JsonNode maternity = json.at("/domains/2/criteria/2/indicators/0");
		assertThat(maternity.get("code").asString()).isEqualTo("D3.C3.I1");
		assertThat(maternity.get("applicable").asBoolean()).isFalse();
		JsonNode complaints = json.at("/domains/5/criteria/1/indicators/1");
		assertThat(complaints.get("code").asString()).isEqualTo("D6.C2.I2");
		assertThat(complaints.get("status").asString()).isEqualTo("NOT_APPLICABLE");
		JsonNode occupancy = json.at("/domains/1/criteria/0/indicators/0");
		assertThat(occupancy.at("/thresholds/direction").asString()).isEqualTo("LOWER_IS_BETTER");
		assertThat(occupancy.at("/snapshot/denominator").asLong()).isEqualTo(40);
		// and the decimal agrees with the fraction
		assertThat(json.at("/score/decimal").decimalValue()).isEqualByComparingTo(new java.math.BigDecimal(overall.n())
			.divide(new java.math.BigDecimal(overall.d()), 6, java.math.RoundingMode.HALF_UP));
	}

	@Test
	void theScorePageShowsTheRatingTheDomainsTheCapsAndTheExplanation() throws Exception {
		long id = fixture("Score page");
		this.mvc.perform(get("/assessments/{id}/score", id).with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("rating-C")))
			.andExpect(content().string(containsString("À améliorer")))
			.andExpect(content().string(containsString("Indicateur critique au niveau 1 (D1.C1.I1)")))
			.andExpect(content().string(containsString("id=\"x-D2.C2.I2\"")))
			.andExpect(content().string(containsString("Loi 65-15 art. 11")))
			.andExpect(content().string(containsString("D3.C3.I1")));
		this.mvc.perform(get("/assessments/{id}/score", id).param("lang", "en").with(user(this.manager)))
			.andExpect(content().string(containsString("Needs improvement")));
		this.mvc.perform(get("/assessments/{id}/score", id).param("lang", "ar").with(user(this.manager)))
			.andExpect(content().string(containsString("يحتاج إلى تحسين")));
	}

	@Test
	void theTopFiveAreTheSingleRaisesThatHelpMostCapsIncluded() throws Exception {
		long id = fixture("Score top cinq");
		JsonNode json = json(id, this.manager);
		Fraction now = PlainArithmetic.overall(json, Set.of());
		record Raise(String code, Fraction gain, String rating) {
		}
		List<Raise> expected = PlainArithmetic.raisable(json)
			.stream()
			.map((code) -> new Raise(code, PlainArithmetic.overall(json, Set.of(code)).minus(now),
					PlainArithmetic.rating(json, Set.of(code))))
			.sorted(Comparator.comparing(Raise::gain, Comparator.reverseOrder())
				.thenComparing(Raise::rating)
				.thenComparing(Raise::code))
			.limit(5)
			.toList();
		@SuppressWarnings("unchecked")
		List<Improvement> topFive = (List<Improvement>) this.mvc
			.perform(get("/assessments/{id}/score", id).with(user(this.manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("topFive");
		assertThat(topFive).extracting(Improvement::code)
			.containsExactlyElementsOf(expected.stream().map(Raise::code).toList());
		for (int i = 0; i < 5; i++) {
			assertThat(topFive.get(i).gain().exact().toString().replace(" ", ""))
				.isEqualTo(expected.get(i).gain().toString());
			assertThat(topFive.get(i).newRating().name()).isEqualTo(expected.get(i).rating());
		}
		// raising the critical indicator from level 1 lifts the cap
		String liftedRating = PlainArithmetic.rating(json, Set.of("D1.C1.I1"));
		assertThat(liftedRating).isEqualTo("B");
		ScoreSimulator.Simulation simulation = (ScoreSimulator.Simulation) this.mvc
			.perform(get("/assessments/{id}/score", id).param("raise", "D1.C1.I1").with(user(this.manager)))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("simulation");
		assertThat(simulation.report().orElseThrow().rating().orElseThrow().rating().name()).isEqualTo(liftedRating);
	}

	@Test
	void theTopFiveOfAValidatedAssessmentAreKeptAndThoseOfADraftFollowItsAnswers() throws Exception {
		long draft = fixture("Score top cinq en cours");
		List<Improvement> before = topFive(draft);
		answer(draft, "D2.C2.I2", "level", "4");
		assertThat(topFive(draft)).as("the raises start from the new answers").isNotEqualTo(before);

		EstablishmentInfo e = this.fixtures.establishment("Score top cinq validé", this.manager.organisationId());
		long validated = this.fixtures.validatedSelf(e.id(), this.manager, this.identity.auditor(), 2,
				LocalDate.of(2025, 6, 30));
		List<Improvement> first = topFive(validated);
		assertThat(first).isNotEmpty();
		assertThat(topFive(validated, "en")).as("computed once: a validated assessment never changes").isSameAs(first);
	}

	private List<Improvement> topFive(long id) throws Exception {
		return topFive(id, "fr");
	}

	/** In a language not asked for yet, so that the body is rendered. */
	@SuppressWarnings("unchecked")
	private List<Improvement> topFive(long id, String language) throws Exception {
		return (List<Improvement>) this.mvc
			.perform(get("/assessments/{id}/score", id).param("lang", language).with(user(this.manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("topFive");
	}

	@Test
	void theSimulatorRaisesChosenIndicatorsWithAndWithoutJavaScript() throws Exception {
		long id = fixture("Score simulateur");
		JsonNode json = json(id, this.manager);
		Fraction raised = PlainArithmetic.overall(json, Set.of("D1.C1.I1", "D2.C2.I2"));
		String shown = new java.math.BigDecimal(raised.n())
			.divide(new java.math.BigDecimal(raised.d()), 1, java.math.RoundingMode.HALF_UP)
			.toPlainString()
			.replace('.', ',');
		// without JavaScript: the whole page, with the boxes ticked
		this.mvc
			.perform(get("/assessments/{id}/score", id).param("raise", "D1.C1.I1", "D2.C2.I2", "D9.C9.I9")
				.with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span id=\"simulated-score\">" + shown + "</span>")))
			.andExpect(content().string(containsString("value=\"D2.C2.I2\" id=\"raise-D2-C2-I2\" checked")));
		// with htmx: the result alone
		this.mvc
			.perform(get("/assessments/{id}/score", id).param("raise", "D1.C1.I1", "D2.C2.I2")
				.header("HX-Request", "true")
				.with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span id=\"simulated-score\">" + shown + "</span>")))
			.andExpect(content().string(not(containsString("<nav"))));
	}

	@Test
	void theSimulatorListsIndicatorsByDomainWithTheirTitlesAndLevels() throws Exception {
		long id = fixture("Score simulateur noms");
		String html = this.mvc.perform(get("/assessments/{id}/score", id).with(user(this.manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String simulator = html.substring(html.indexOf("id=\"simulator\""), html.indexOf("id=\"explanation\""));
		assertThat(simulator).contains("<legend", "D1</bdi>", "D1.C1.I1</bdi> <span>");
	}

	@Test
	void aRepeatedRequestIsServedFromTheKeptBody() throws Exception {
		long id = fixture("Score corps gardé");
		MvcResult first = score(id, this.manager, "fr");
		assertThat(first.getModelAndView().getModel()).as("rendered").containsKey("page");
		MvcResult second = score(id, this.manager, "fr");
		assertThat(second.getModelAndView().getModel()).as("kept: neither scored nor rendered")
			.doesNotContainKey("page");
		assertThat(withoutToken(html(second))).isEqualTo(withoutToken(html(first)))
			.contains("rating-C", "Aucune réclamation reçue");
	}

	@Test
	void aNewCommentOrAnswerGivesANewBody() throws Exception {
		long id = fixture("Score corps commentaire");
		assertThat(html(score(id, this.manager, "fr"))).contains("Aucune réclamation reçue");
		AnswerForm na = new AnswerForm();
		na.setNotApplicable(true);
		na.setComment("Registre des réclamations vide");
		assertThat(this.fixtures.answer(id, this.manager, "D6.C2.I2", na).hasErrors()).isFalse();
		assertThat(html(score(id, this.manager, "fr"))).contains("Registre des réclamations vide")
			.doesNotContain("Aucune réclamation reçue");
		answer(id, "D1.C1.I1", "answer", "YES");
		assertThat(html(score(id, this.manager, "fr"))).as("the critical indicator no longer caps the rating")
			.doesNotContain("Indicateur critique au niveau 1 (D1.C1.I1)");
	}

	@Test
	void aNewStatusALanguageOrAUserGetsTheirOwnPage() throws Exception {
		long id = fixture("Score corps statut");
		SocleUser auditor = this.identity.auditor();
		String draft = html(score(id, this.manager, "fr"));
		assertThat(draft).contains(">Brouillon<", "Score provisoire", this.manager.displayName());
		String english = html(score(id, this.manager, "en"));
		assertThat(english).contains(">Draft<", "Needs improvement").doesNotContain(">Brouillon<");
		assertThat(html(score(id, auditor, "fr"))).as("the layout is the user's, the body holds none of them")
			.contains(">Brouillon<", auditor.displayName())
			.doesNotContain(this.manager.displayName());
		AssessmentFixtures.as(this.manager, () -> {
			this.workflow.submit(id,
					this.jdbc.queryForObject("select version from assessment where id = ?", Long.class, id));
			return null;
		});
		assertThat(html(score(id, this.manager, "fr"))).contains(">Soumise<").doesNotContain(">Brouillon<");
	}

	private MvcResult score(long id, SocleUser as, String language) throws Exception {
		return this.mvc.perform(get("/assessments/{id}/score", id).param("lang", language).with(user(as)))
			.andExpect(status().isOk())
			.andReturn();
	}

	private static String html(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString();
	}

	/** The page without its CSRF tokens, which are masked anew on every request. */
	private static String withoutToken(String html) {
		return html.replaceAll("name=\"_csrf\" (content|value)=\"[^\"]*\"", "");
	}

	/**
	 * The assessment page, the score page and the JSON load the assessment, check access
	 * and read answers and evidence (the assessment page its history too): a fixed number
	 * of statements whatever the number of indicators (the published standard is cached).
	 * The form of a draft also checks the answers against the records (at most seven
	 * more: docs/inspections.md).
	 */
	@Test
	void pagesRunAFixedNumberOfStatements() throws Exception {
		long id = fixture("Score requêtes");
		for (String page : new String[] { "", "/score", "/score.json" }) {
			this.mvc.perform(get("/assessments/" + id + page).with(user(this.manager))).andExpect(status().isOk());
			assertThat(org.socle.QueryCount.of(this.mvc, get("/assessments/" + id + page).with(user(this.manager))))
				.as(page)
				.isLessThanOrEqualTo(page.isEmpty() ? 11 : 4);
		}
	}

	@Test
	void scoresAreHiddenFromOtherOrganisations() throws Exception {
		long id = fixture("Score accès");
		SocleUser other = this.identity.managerB();
		this.mvc.perform(get("/assessments/{id}/score", id).with(user(other))).andExpect(status().isNotFound());
		this.mvc.perform(get("/assessments/{id}/score.json", id).with(user(other))).andExpect(status().isNotFound());
		this.mvc.perform(get("/assessments/{id}/score.json", id).with(user(this.identity.auditor())))
			.andExpect(status().isOk());
	}

}
