package org.socle.assessment.workflow;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.assessment.AssessmentFixtures;
import org.socle.assessment.AssessmentKind;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;
import org.socle.standard.StandardCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A long assessment form stays usable: domains fold (the one with the first unanswered
 * indicator open), a filter shows only what is left, a link jumps to the next unanswered
 * indicator, and what blocks submission names the indicators by code and title.
 */
@SocleTest
class AssessmentFormNavigationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	AssessmentFixtures fixtures;

	@Autowired
	StandardCatalog catalog;

	SocleUser manager;

	@BeforeEach
	void users() {
		this.manager = this.identity.managerA();
	}

	private long draft(String name) {
		long establishmentId = this.fixtures.establishment(name, this.manager.organisationId()).id();
		return this.fixtures.create(establishmentId, AssessmentKind.SELF, this.manager);
	}

	private String page(long id, String query) throws Exception {
		return this.mvc.perform(get("/assessments/{id}" + query, id).with(user(this.manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void domainsFoldWithTheFirstUnansweredOneOpen() throws Exception {
		long id = draft("Formulaire replié");
		// D1 answered entirely: the first unanswered indicator is in another domain
		this.fixtures.answerTyped(id, this.manager, 3);
		this.fixtures.answer(id, this.manager, "D2.C2.I2", new AnswerForm());
		String html = page(id, "");
		assertThat(openDomains(html)).containsExactly("D2");
		assertThat(html).contains("<details class=\"domain-section mb-3\" id=\"D1\"")
			.contains("id=\"next-unanswered\" href=\"#ind-D2.");
	}

	@Test
	void theUnansweredFilterShowsOnlyWhatIsLeft() throws Exception {
		long id = draft("Formulaire filtre");
		this.fixtures.answer(id, this.manager, "D1.C1.I2", AssessmentFixtures
			.form(this.catalog.publishedTree(this.fixtures.standardId()).indicator("D1.C1.I2").orElseThrow(), 3));
		String all = page(id, "");
		String left = page(id, "?unanswered=true");
		assertThat(all).contains("id=\"ind-D1.C1.I2\"");
		assertThat(left).doesNotContain("id=\"ind-D1.C1.I2\"").contains("id=\"ind-D1.C2.I1\"");
		assertThat(left).contains("href=\"/assessments/" + id + "\"");
	}

	@Test
	void whatBlocksSubmissionNamesTheIndicators() throws Exception {
		long id = draft("Formulaire manques");
		String html = page(id, "");
		String problems = html.substring(html.indexOf("id=\"problems\""), html.indexOf("id=\"submit-form\""));
		String title = this.catalog.publishedTree(this.fixtures.standardId())
			.indicator("D1.C1.I2")
			.orElseThrow()
			.title()
			.fr();
		assertThat(problems).contains("href=\"#ind-D1.C1.I2\"").contains(title.replace("'", "&#39;"));
		assertThat(html).contains("aria-describedby=\"problems\"");
	}

	@Test
	void aTypedNumberComesBackAsANumberInThePagesLanguage() throws Exception {
		long id = draft("Formulaire nombres");
		AnswerForm form = new AnswerForm();
		form.setValue("2,5");
		assertThat(this.fixtures.answer(id, this.manager, "D5.C2.I1", form).hasErrors()).isFalse();
		assertThat(page(id, "")).contains("name=\"value\" id=\"D5-C2-I1-value\" value=\"2,5\"");
		assertThat(this.mvc.perform(get("/assessments/{id}", id).param("lang", "en").with(user(this.manager)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("id=\"D5-C2-I1-value\" value=\"2.5\"");
	}

	private static java.util.List<String> openDomains(String html) {
		Matcher matcher = Pattern.compile("<details class=\"domain-section mb-3\" id=\"(D\\d+)\" open").matcher(html);
		java.util.List<String> open = new java.util.ArrayList<>();
		while (matcher.find()) {
			open.add(matcher.group(1));
		}
		return open;
	}

}
