package org.socle.reporting.report;

import jakarta.servlet.http.Cookie;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.BrowserSession;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

/**
 * The PDF of {@link ReportFixtures}' report at the end of 2013, read back with PDFBox:
 * the figures worked out in {@link QualityReportFiguresTests}, the header and page
 * numbers on every page, and Arabic in logical order.
 */
@SocleTest
class QualityReportPdfTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	ReportFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	long subject;

	@BeforeEach
	void world() {
		this.subject = this.fixtures.world().subject();
	}

	@Test
	void frenchPdfHoldsTheFiguresTheNameAndPageNumbers() throws Exception {
		try (PDDocument pdf = pdf("fr")) {
			String text = new PDFTextStripper().getText(pdf);
			int pages = pdf.getNumberOfPages();
			assertThat(pages).isGreaterThan(1);
			assertThat(text).contains("Rapport qualité — RQ Foyer évalué")
				.contains("Données au 31/12/2013")
				.contains("60,0")
				.contains("Médiane de la catégorie")
				.contains("52,5")
				.contains("75,0")
				.contains("Moins de 5 établissements")
				.contains("Taux d’occupation")
				.contains("40,0 %")
				.contains("1 / " + pages)
				.contains(pages + " / " + pages);
			PDFTextStripper last = new PDFTextStripper();
			last.setStartPage(pages);
			last.setEndPage(pages);
			assertThat(last.getText(pdf)).as("the header on every page").contains("RQ Foyer évalué");
		}
	}

	@Test
	void arabicPdfHoldsArabicInLogicalOrder() throws Exception {
		try (PDDocument pdf = pdf("ar")) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("تقرير الجودة")
				.contains("المعطيات بتاريخ")
				.contains("النتيجة العامة")
				.contains("المقارنة مع المؤسسات المماثلة")
				.contains("الربيع الأدنى")
				.contains("نسبة الإشغال")
				.contains("مؤسسة")
				.contains("52.5");
		}
	}

	@Test
	void aUserWhoPrefersArabicGetsTheArabicPdfByDefaultOnceLoggedIn() throws Exception {
		SocleUser reader = this.identity.user("t-pdf-arabic", Role.AUDITOR, null);
		this.jdbc.update("UPDATE app_user SET preferred_language = 'ar' WHERE id = ?", reader.id());
		BrowserSession browser = new BrowserSession(this.mvc);
		Cookie language = browser.perform(formLogin().user("t-pdf-arabic").password(IdentityFixtures.PASSWORD))
			.andExpect(authenticated())
			.andReturn()
			.getResponse()
			.getCookie("socle-lang");
		assertThat(language).as("the login sets the preferred language").isNotNull();

		byte[] bytes = browser
			.perform(get("/establishments/" + this.subject + "/report.pdf?date=2013-12-31").cookie(language))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("تقرير الجودة", "النتيجة العامة")
				.doesNotContain("Rapport qualité");
		}
	}

	@Test
	void theSameReportGivesTheSameBytesAndAChangedReportANewPdf() throws Exception {
		byte[] first = bytes("fr");
		assertThat(bytes("fr")).isEqualTo(first);
		String name = this.jdbc.queryForObject("SELECT name_fr FROM establishment WHERE id = ?", String.class,
				this.subject);
		this.jdbc.update("UPDATE establishment SET name_fr = ? WHERE id = ?", name + " (renommé)", this.subject);
		try {
			byte[] renamed = bytes("fr");
			assertThat(renamed).isNotEqualTo(first);
			try (PDDocument pdf = Loader.loadPDF(renamed)) {
				assertThat(new PDFTextStripper().getText(pdf)).contains("RQ Foyer évalué (renommé)");
			}
		}
		finally {
			this.jdbc.update("UPDATE establishment SET name_fr = ? WHERE id = ?", name, this.subject);
		}
	}

	private PDDocument pdf(String language) throws Exception {
		return Loader.loadPDF(bytes(language));
	}

	private byte[] bytes(String language) throws Exception {
		return this.mvc
			.perform(get("/establishments/" + this.subject + "/report.pdf?date=2013-12-31&lang=" + language)
				.with(user(this.identity.auditor())))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
