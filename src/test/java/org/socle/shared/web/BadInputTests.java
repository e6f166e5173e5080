package org.socle.shared.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.beneficiary.BeneficiaryFixtures;
import org.socle.care.CareFixtures;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inputs that used to end in a 500 (issue 12), each answered cleanly now: a list
 * page, a 400 page or a translated message.
 */
@SocleTest
class BadInputTests {

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
	JdbcTemplate jdbc;

	long establishmentId;

	long beneficiaryId;

	RequestPostProcessor manager;

	@BeforeEach
	void establishmentWithAPerson() {
		this.establishmentId = this.establishments
			.establishment("Bad input home", this.identity.organisation("Test Org A"))
			.id();
		this.beneficiaryId = this.beneficiaries.beneficiary(this.establishmentId, "Hostile").create();
		this.care.service(this.beneficiaryId, this.establishmentId, "HEALTH_CHECK", LocalDate.of(2024, 3, 1));
		this.manager = user(this.identity.managerA());
	}

	@Test
	void aSortThatSpringDataWouldDecodeAgainIsABadRequest() throws Exception {
		// the browser sends sort=%25zz: "%zz" once decoded, which Spring Data decodes
		// again
		this.mvc
			.perform(get("/establishments/{id}/assessments", this.establishmentId).param("sort", "%zz")
				.with(this.manager))
			.andExpect(status().isBadRequest());
	}

	@Test
	void sortParametersThatAreNotColumnsAndHugePagesShowTheListInItsOwnOrder() throws Exception {
		for (String list : new String[] { "beneficiaries", "services" }) {
			for (String sort : new String[] { "nameFr,desc", "id,sideways", "(select 1)", "lastName;drop table x" }) {
				this.mvc
					.perform(get("/establishments/{id}/" + list, this.establishmentId).param("sort", sort)
						.with(this.manager))
					.andExpect(status().isOk());
			}
			this.mvc
				.perform(get("/establishments/{id}/" + list, this.establishmentId).param("page", "99999999")
					.param("size", "100")
					.with(this.manager))
				.andExpect(status().isOk());
			this.mvc
				.perform(get("/establishments/{id}/" + list, this.establishmentId).param("page", "99999999999")
					.with(this.manager))
				.andExpect(status().isOk());
		}
		this.mvc.perform(get("/standards").param("page", "2147483647").with(this.manager)).andExpect(status().isOk());
	}

	@Test
	void aDeeplyNestedStandardFileGetsTheTranslatedLimitMessage() throws Exception {
		byte[] nested = ("{\"format\": \"socle-standard/1\", \"domains\": " + "[".repeat(5000) + "]".repeat(5000) + "}")
			.getBytes(StandardCharsets.UTF_8);
		this.mvc
			.perform(multipart("/admin/standards/import")
				.file(new MockMultipartFile("file", "nested.json", "application/json", nested))
				.with(user(this.identity.admin()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("plus de 16 niveaux")));
		byte[] objects = ("{\"a\":".repeat(3000) + "1" + "}".repeat(3000)).getBytes(StandardCharsets.UTF_8);
		this.mvc
			.perform(multipart("/admin/standards/import?lang=en")
				.file(new MockMultipartFile("file", "objects.json", "application/json", objects))
				.with(user(this.identity.admin()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("more than 16 levels")));
	}

	@Test
	void aStoredControlCharacterDoesNotStopThePersonsPdfExport() throws Exception {
		this.jdbc.update("UPDATE beneficiary SET first_name = ? WHERE id = ?", "Ha\u0001na", this.beneficiaryId);
		byte[] pdf = this.mvc
			.perform(get("/beneficiaries/{id}/export", this.beneficiaryId).param("format", "pdf").with(this.manager))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Ha\uFFFDna");
		}
	}

	@Test
	void controlCharactersInAFormAreRefusedWithATranslatedMessageAndNeverReachTheDatabase() throws Exception {
		this.mvc
			.perform(post("/beneficiaries/{id}/edit", this.beneficiaryId).param("lastName", "Nul\u0000l")
				.param("firstName", "Bell\u0007")
				.param("sex", "F")
				.param("birthDate", "2000-01-01")
				.param("category", "OTHER")
				.with(this.manager)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("caractère de contrôle invisible")));
		assertThat(this.jdbc.queryForObject("SELECT last_name FROM beneficiary WHERE id = ?", String.class,
				this.beneficiaryId))
			.isEqualTo("Hostile");
	}

	/**
	 * A file shorter than a spreadsheet's signature made the spreadsheet check throw, so
	 * its preview answered 500.
	 */
	@Test
	void aFileOfAFewBytesGetsAMessageNotAServerError() throws Exception {
		String preview = this.mvc
			.perform(multipart("/establishments/{id}/beneficiaries/import", this.establishmentId)
				.file(new MockMultipartFile("file", "tiny.csv", "text/csv", new byte[] { 'M', 'Z', (byte) 0x90 }))
				.with(this.manager)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(preview).with(this.manager)).andExpect(status().isOk());
	}

	@Test
	void aControlCharacterInASearchIsABadRequestNotAnSqlError() throws Exception {
		this.mvc
			.perform(get("/establishments/{id}/beneficiaries", this.establishmentId).param("q", "a\u0000b")
				.with(this.manager))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Requête invalide")));
	}

}
