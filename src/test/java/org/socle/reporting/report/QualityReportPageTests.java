package org.socle.reporting.report;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.assessment.AssessmentFixtures;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The report of an establishment whose self-assessment was answered at level 2 on every
 * typed indicator and validated: what its readers see, in French and Arabic, who may see
 * it, and where it is linked from.
 */
@SocleTest
class QualityReportPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	AssessmentFixtures assessments;

	@Autowired
	JdbcTemplate jdbc;

	SocleUser manager;

	long establishment;

	long assessment;

	@BeforeEach
	void validatedSelfAssessment() {
		this.manager = this.identity.managerA();
		this.establishment = this.assessments.establishment("RP Foyer du rapport", this.manager.organisationId()).id();
		Long existing = this.jdbc.queryForObject(
				"SELECT max(id) FROM assessment WHERE establishment_id = ? AND status = 'VALIDATED'", Long.class,
				this.establishment);
		this.assessment = (existing != null) ? existing : this.assessments.validatedSelf(this.establishment,
				this.manager, this.identity.auditor(), 2, AssessmentFixtures.D);
	}

	@Test
	void weaknessesWithCodeTitleSourcesGuidanceAndAction() throws Exception {
		Document page = page("", this.manager);
		var weak = page.select("#weak-D1\\.C1\\.I1");
		assertThat(weak.text()).contains("D1.C1.I1")
			.contains("L'établissement dispose d'une autorisation d'ouverture")
			.contains("Loi 65-15 art. 11")
			.contains("R202 §3(b)")
			.contains("Conseils")
			.contains("Ouverte");
		assertThat(page.select("#top-five li")).hasSize(5);
		assertThat(page.select("#criterion-table tbody tr")).hasSizeGreaterThan(5);
		assertThat(page.select("#caps").text()).contains("D1.C1.I1");
		assertThat(page.select("#domain-table tbody tr").first().text()).contains("D1")
			.contains("Gouvernance et conformité légale");
		assertThat(page.select("#domains svg").attr("aria-label")).startsWith("Scores des domaines");
		assertThat(page.select("#report-pdf").attr("href")).contains("/report.pdf").contains("lang=fr");
	}

	@Test
	void inArabicTheTitlesAreArabic() throws Exception {
		Document page = page("&lang=ar", this.manager);
		assertThat(page.select("html").attr("dir")).isEqualTo("rtl");
		assertThat(page.select("h1").text()).contains("تقرير الجودة");
		assertThat(page.select("#weak-D1\\.C1\\.I1").text()).contains("تتوفر المؤسسة على ترخيص ساري المفعول");
		assertThat(page.select("#domain-table tbody tr").first().text()).contains("الحكامة والمطابقة القانونية");
	}

	@Test
	void aDateOutsideFourDigitYearsIsABadRequest() throws Exception {
		String url = "/establishments/" + this.establishment + "/report";
		for (String date : new String[] { "-999999999-01-01", "+1000000-01-01", "0000-12-31" }) {
			this.mvc.perform(get(url + ".pdf?date=" + date).with(user(this.manager)))
				.andExpect(status().isBadRequest());
			this.mvc.perform(get(url + "?date=" + date).with(user(this.manager))).andExpect(status().isBadRequest());
		}
		this.mvc.perform(get(url + "?date=9999-12-31").with(user(this.manager))).andExpect(status().isOk());
	}

	@Test
	void auditorsAndAdminsReadItAnotherOrganisationsManagerGetsNotFound() throws Exception {
		String url = "/establishments/" + this.establishment + "/report";
		this.mvc.perform(get(url).with(user(this.identity.auditor()))).andExpect(status().isOk());
		this.mvc.perform(get(url).with(user(this.identity.admin()))).andExpect(status().isOk());
		this.mvc.perform(get(url).with(user(this.identity.managerB()))).andExpect(status().isNotFound());
		this.mvc.perform(get(url + ".pdf").with(user(this.identity.managerB()))).andExpect(status().isNotFound());
		this.mvc.perform(get(url)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get(url + ".pdf")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void linkedFromTheEstablishmentTheScorePageAndTheManagersHome() throws Exception {
		String report = "/establishments/" + this.establishment + "/report";
		assertThat(html("/establishments/" + this.establishment).select("a.nav-link[href=" + report + "]")).hasSize(1);
		assertThat(html("/assessments/" + this.assessment + "/score").select("#report-link").attr("href"))
			.isEqualTo(report);
		assertThat(html("/").select("a.report-link[href=" + report + "]")).hasSize(1);
	}

	private Document page(String query, SocleUser user) throws Exception {
		return Jsoup.parse(
				this.mvc.perform(get("/establishments/" + this.establishment + "/report?x=1" + query).with(user(user)))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
	}

	private Document html(String url) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url).with(user(this.manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
