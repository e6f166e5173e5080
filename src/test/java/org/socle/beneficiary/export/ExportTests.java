package org.socle.beneficiary.export;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.beneficiary.BeneficiaryFixtures;
import org.socle.beneficiary.DisabilityType;
import org.socle.beneficiary.LegalBasis;
import org.socle.beneficiary.ReferralSource;
import org.socle.beneficiary.privacy.Pseudonyms;
import org.socle.care.CareFixtures;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The one-person export (JSON, PDF) and list exports. */
@SocleTest
class ExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	BeneficiaryFixtures beneficiaries;

	@Autowired
	CareFixtures care;

	@Autowired
	Pseudonyms pseudonyms;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	long person(long establishmentId, String lastName) {
		return this.beneficiaries.beneficiary(establishmentId, lastName)
			.firstName("Hind")
			.arabicNames("المنصوري", "هند")
			.cin("EX4567")
			.disability(DisabilityType.HEARING, true, true)
			.admitted(today().minusYears(1), ReferralSource.FAMILY, LegalBasis.FAMILY_REQUEST)
			.create();
	}

	long actions(long id, String action) {
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM beneficiary_access_log WHERE beneficiary_id = ? AND action = ?", Long.class, id,
				action);
	}

	@Test
	void theJsonExportHoldsTheWholeRecordAndIsLogged() throws Exception {
		long e = this.establishments.establishment("Export home", this.identity.organisation("Test Org A")).id();
		long id = person(e, "Mansouri");
		this.care.service(id, e, "HEALTH_CHECK", today().minusDays(3));
		this.care.review(id, e, today().minusDays(2));
		String json = this.mvc
			.perform(get("/beneficiaries/{id}/export", id).param("format", "json").with(user(this.identity.managerA())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("beneficiaire-" + id + ".json")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("\"format\" : \"socle-beneficiary-export/1\"")
			.contains("Mansouri")
			.contains("المنصوري")
			.contains("EX4567")
			.contains("Auditive")
			.contains("\"stays\"")
			.contains("\"carePlan\"")
			.contains("Bilan de santé");
		assertThat(actions(id, "EXPORT_JSON")).isEqualTo(1);
	}

	@Test
	void thePdfExportShowsLatinAndArabicText() throws Exception {
		long e = this.establishments.establishment("Export home", this.identity.organisation("Test Org A")).id();
		long id = person(e, "Pdfexport");
		byte[] pdf = this.mvc
			.perform(get("/beneficiaries/{id}/export", id).param("format", "pdf").with(user(this.identity.managerA())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Pdfexport").contains("EX4567").contains("Séjours");
			// the Arabic name is there (the text extractor turns the shaped forms back
			// into letters)
			assertThat(text.chars().anyMatch(c -> (c >= 0x0600 && c <= 0x06FF) || (c >= 0xFE70 && c <= 0xFEFF)))
				.as(text)
				.isTrue();
		}
		assertThat(actions(id, "EXPORT_PDF")).isEqualTo(1);
	}

	@Test
	void onlyTheManagerExportsAPerson() throws Exception {
		long e = this.establishments.establishment("Export home", this.identity.organisation("Test Org A")).id();
		long id = person(e, "Protegee");
		this.mvc.perform(get("/beneficiaries/{id}/export", id).with(user(this.identity.managerA())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Protegee")));
		this.mvc
			.perform(get("/beneficiaries/{id}/export", id).param("format", "json").with(user(this.identity.auditor())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/beneficiaries/{id}/export", id).param("format", "pdf").with(user(this.identity.admin())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/beneficiaries/{id}/export", id).param("format", "json").with(user(this.identity.managerB())))
			.andExpect(status().isNotFound());
		assertThat(actions(id, "EXPORT_JSON")).isZero();
	}

	@Test
	void auditorsExportPseudonymisedListsAndEachRecordIsLogged() throws Exception {
		long e = this.establishments.establishment("Export list home", this.identity.organisation("Test Org A")).id();
		long id = person(e, "Listee");
		String csv = this.mvc
			.perform(get("/establishments/{id}/beneficiaries/export.csv", e).with(user(this.identity.auditor())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFpseudonym;sex")
			.contains(this.pseudonyms.of(id) + ";")
			.doesNotContain(";HL;")
			.doesNotContain("Listee")
			.doesNotContain("EX4567");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM beneficiary_access_log WHERE beneficiary_id = ? AND action = 'EXPORT_LIST' AND username = 't-auditor'",
				Long.class, id))
			.isEqualTo(1);
	}

}
