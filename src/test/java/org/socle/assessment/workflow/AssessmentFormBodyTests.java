package org.socle.assessment.workflow;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.assessment.AssessmentFixtures;
import org.socle.assessment.AssessmentKind;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The assessment page's body is rendered once per node for what it shows (RenderedViews):
 * a second request is served from memory, a saved answer, another role or another
 * language gives a new body, and every form of a kept body posts with the token of the
 * request that got it, so that the page works without JavaScript.
 */
@SocleTest
class AssessmentFormBodyTests {

	private static final String CODE = "D1.C1.I2";

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]*)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	AssessmentFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeterRegistry meters;

	SocleUser manager;

	long id;

	@BeforeEach
	void draft() {
		this.manager = this.identity.managerA();
		long establishmentId = this.fixtures
			.establishment("Corps gardé " + System.nanoTime(), this.manager.organisationId())
			.id();
		this.id = this.fixtures.create(establishmentId, AssessmentKind.SELF, this.manager);
	}

	@Test
	void theBodyIsRenderedOnceForWhatItShowsAndASavedAnswerGivesANewOne() throws Exception {
		double rendered = renders();
		String first = page(this.manager, "fr");
		String again = page(this.manager, "fr");
		assertThat(renders()).isEqualTo(rendered + 1);
		assertThat(withoutTokens(again)).isEqualTo(withoutTokens(first));

		this.mvc
			.perform(post("/assessments/{id}/answers/{code}", this.id, CODE).param("level", "3")
				.param("comment", "Réunion du conseil tenue")
				.param("version", answerVersion())
				.header(AssessmentController.AUTOSAVE, "1")
				.with(user(this.manager))
				.with(csrf()))
			.andExpect(header().string(AssessmentController.AUTOSAVE_OUTCOME, "saved"));
		String saved = page(this.manager, "fr");
		assertThat(renders()).isEqualTo(rendered + 2);
		assertThat(saved).contains("Réunion du conseil tenue")
			.contains("value=\"" + answerVersion() + "\" id=\"ind-" + CODE + "-version\"")
			.doesNotContain("value=\"" + (Long.parseLong(answerVersion()) - 1) + "\" id=\"ind-" + CODE + "-version\"");
	}

	@Test
	void anotherLanguageRoleOrFilterGetsItsOwnBody() throws Exception {
		String french = page(this.manager, "fr");
		String arabic = page(this.manager, "ar");
		String auditor = page(this.identity.auditor(), "fr");
		String unansweredOnly = this.mvc
			.perform(get("/assessments/{id}", this.id).param("unanswered", "true").with(user(this.manager)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(unansweredOnly).contains("Afficher tous les indicateurs")
			.doesNotContain("Afficher seulement les indicateurs non renseignés");
		assertThat(french).contains("data-autosave", "Afficher seulement les indicateurs non renseignés");
		assertThat(arabic).contains("data-autosave", "عرض المؤشرات غير المُجاب عنها فقط")
			.doesNotContain("Afficher seulement les indicateurs non renseignés");
		assertThat(auditor).doesNotContain("data-autosave", "id=\"submit-form\"");
	}

	@Test
	void everyFormOfAKeptBodyCarriesTheRequestsOwnTokenAndPostsWithoutJavaScript() throws Exception {
		page(this.manager, "fr");
		MockHttpServletResponse response = this.mvc.perform(get("/assessments/{id}", this.id).with(user(this.manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		Cookie session = response.getCookie("SESSION");
		String html = response.getContentAsString();
		Matcher meta = CSRF_META.matcher(html);
		assertThat(meta.find()).isTrue();
		List<String> fields = CSRF_FIELD.matcher(html).results().map((field) -> field.group(1)).toList();
		assertThat(fields).hasSizeGreaterThan(2).allMatch(meta.group(1)::equals);

		this.mvc
			.perform(post("/assessments/{id}/answers/{code}", this.id, CODE).cookie(session)
				.param("_csrf", fields.get(0))
				.param("level", "2")
				.param("comment", "Sans JavaScript")
				.param("version", answerVersion())
				.with(user(this.manager)))
			.andExpect(redirectedUrl("/assessments/" + this.id + "#ind-" + CODE));
		assertThat(this.jdbc.queryForObject(
				"select comment from assessment_answer where assessment_id = ? and indicator_code = ?", String.class,
				this.id, CODE))
			.isEqualTo("Sans JavaScript");
	}

	private String page(SocleUser user, String language) throws Exception {
		return this.mvc.perform(get("/assessments/{id}", this.id).param("lang", language).with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** Bodies rendered by RenderedViews so far (misses of its cache). */
	private double renders() {
		return this.meters.get("cache.gets")
			.tag("cache", "rendered-views")
			.tag("result", "miss")
			.functionCounter()
			.count();
	}

	private static String withoutTokens(String html) {
		return CSRF_META.matcher(CSRF_FIELD.matcher(html).replaceAll("")).replaceAll("");
	}

	private String answerVersion() {
		return this.jdbc
			.queryForObject("select version from assessment_answer where assessment_id = ? and indicator_code = ?",
					Long.class, this.id, CODE)
			.toString();
	}

}
