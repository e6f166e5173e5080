package org.socle.reporting.report;

import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.establishment.Category;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;
import org.socle.reporting.ScoreRows;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The report's page body and PDF are kept under the report's content: a repeated request
 * is served from what was kept, and a change of the data, written by any node (plain SQL
 * or fixtures here, committed outside the request), gives a new page and a new PDF. Each
 * test has an establishment of its own, seen at the end of 2024: one assessment validated
 * in March 2024 (60.0, D1 50.0), one overdue corrective action, one care-qualified staff
 * member.
 */
@SocleTest
class QualityReportCacheTests {

	static final String DATE = "2024-12-31";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	ScoreRows scores;

	@Autowired
	JdbcTemplate jdbc;

	SocleUser auditor;

	long organisation;

	@BeforeEach
	void auditor() {
		this.auditor = this.identity.auditor();
		this.organisation = this.identity.organisation("RK Association du rapport gardé");
	}

	@Test
	void aRepeatedReportIsServedFromTheKeptBodyAndPdf() throws Exception {
		long establishment = establishment("RK Foyer revu");
		MvcResult first = page(establishment, this.auditor);
		MvcResult second = page(establishment, this.auditor);

		assertThat(report(second)).as("an equal report, read again")
			.isEqualTo(report(first))
			.isNotSameAs(report(first));
		assertThat(report(second)).hasSameHashCodeAs(report(first));
		assertThat(body(second)).as("the kept body, not rendered again").isSameAs(body(first));
		assertThat(pdf(establishment)).isEqualTo(pdf(establishment));
	}

	@Test
	void aManagerOfAnotherOrganisationGetsNothingOfAKeptReport() throws Exception {
		long establishment = establishment("RK Foyer gardé");
		page(establishment, this.auditor);
		pdf(establishment);
		String url = "/establishments/" + establishment + "/report";
		this.mvc.perform(get(url + "?date=" + DATE).with(user(this.identity.managerB())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(url + ".pdf?date=" + DATE).with(user(this.identity.managerB())))
			.andExpect(status().isNotFound());
	}

	@Test
	void aNewValidationGivesANewPageAndPdf() throws Exception {
		long establishment = establishment("RK Foyer revalidé");
		assertThat(html(establishment).getElementById("overall-score").text()).isEqualTo("60,0");
		assertThat(pdfText(establishment)).doesNotContain("90,0");

		this.scores.validated(establishment, null, LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 15), "90.0000",
				"A", "A");

		assertThat(html(establishment).getElementById("overall-score").text()).isEqualTo("90,0");
		assertThat(pdfText(establishment)).contains("90,0");
	}

	@Test
	void aRenamedEstablishmentGivesANewPageAndPdf() throws Exception {
		long establishment = establishment("RK Foyer à renommer");
		assertThat(html(establishment).selectFirst(".report-heading h1").text()).endsWith("RK Foyer à renommer");
		assertThat(pdfText(establishment)).contains("RK Foyer à renommer");

		this.jdbc.update("UPDATE establishment SET name_fr = 'RK Foyer renommé' WHERE id = ?", establishment);

		assertThat(html(establishment).selectFirst(".report-heading h1").text()).endsWith("RK Foyer renommé");
		assertThat(pdfText(establishment)).contains("RK Foyer renommé").doesNotContain("RK Foyer à renommer");
	}

	@Test
	void aCompletedActionGivesANewPageAndPdf() throws Exception {
		long establishment = establishment("RK Foyer au plan achevé");
		Document before = html(establishment);
		assertThat(before.getElementById("actions-overdue").text()).isEqualTo("1");
		assertThat(before.getElementById("actions-on-time").text()).isEqualTo("0");
		byte[] pdf = pdf(establishment);

		this.jdbc.update(
				"UPDATE action_item SET status = 'DONE', completed_on = '2024-06-01' WHERE establishment_id = ?",
				establishment);

		Document after = html(establishment);
		assertThat(after.getElementById("actions-overdue").text()).isEqualTo("0");
		assertThat(after.getElementById("actions-on-time").text()).isEqualTo("1");
		assertThat(pdf(establishment)).isNotEqualTo(pdf);
	}

	@Test
	void aStaffChangeGivesANewPageAndPdf() throws Exception {
		long establishment = establishment("RK Foyer renforcé");
		assertThat(html(establishment).getElementById("figure-staff").text()).isEqualTo("1");
		byte[] pdf = pdf(establishment);

		this.establishments.staff(establishment, "RK Éducateur arrivé", true, LocalDate.of(2024, 11, 1), null);

		assertThat(html(establishment).getElementById("figure-staff").text()).isEqualTo("2");
		assertThat(pdf(establishment)).isNotEqualTo(pdf);
	}

	/** An establishment of this organisation, with the records the class describes. */
	private long establishment(String name) {
		long id = this.establishments.establishment(name, this.organisation, Category.CHILDREN, "MA-08", 10).id();
		if (this.jdbc.queryForObject("SELECT count(*) FROM assessment WHERE establishment_id = ?", Long.class,
				id) == 0) {
			long assessment = this.scores.validated(id, null, LocalDate.of(2024, 2, 28), LocalDate.of(2024, 3, 15),
					"60.0000", "B", "B");
			this.scores.domainScore(assessment, "D1", "50.0000", "C");
			this.scores.action(assessment, id, "D1.C1.I1", LocalDate.of(2024, 6, 30), "OPEN", null);
			this.establishments.staff(id, "RK Éducatrice", true, LocalDate.of(2020, 1, 1), null);
		}
		return id;
	}

	private MvcResult page(long establishment, SocleUser user) throws Exception {
		return this.mvc.perform(get("/establishments/" + establishment + "/report?date=" + DATE).with(user(user)))
			.andExpect(status().isOk())
			.andReturn();
	}

	private Document html(long establishment) throws Exception {
		return Jsoup.parse(page(establishment, this.auditor).getResponse().getContentAsString());
	}

	private byte[] pdf(long establishment) throws Exception {
		return this.mvc
			.perform(get("/establishments/" + establishment + "/report.pdf?date=" + DATE).with(user(this.auditor)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private String pdfText(long establishment) throws Exception {
		try (PDDocument pdf = Loader.loadPDF(pdf(establishment))) {
			return new PDFTextStripper().getText(pdf);
		}
	}

	private static QualityReport report(MvcResult result) {
		return (QualityReport) result.getModelAndView().getModel().get("report");
	}

	private static Object body(MvcResult result) {
		return result.getModelAndView().getModel().get("body");
	}

}
