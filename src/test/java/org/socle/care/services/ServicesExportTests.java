package org.socle.care.services;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.QueryCount;
import org.socle.SocleTest;
import org.socle.beneficiary.BeneficiaryFixtures;
import org.socle.beneficiary.LegalBasis;
import org.socle.beneficiary.ReferralSource;
import org.socle.beneficiary.privacy.Pseudonyms;
import org.socle.care.CareFixtures;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;
import org.socle.shared.export.ExportFiles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An establishment's services as CSV and XLSX: the page's type filter, as each reader
 * sees them (auditors: pseudonyms, no health services, no notes), each beneficiary
 * exported written to the access log.
 */
@SocleTest
class ServicesExportTests {

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

	long home;

	long amina;

	long karim;

	@BeforeEach
	void services() {
		this.home = this.establishments
			.establishment("SX Foyer " + System.nanoTime(), this.identity.organisation("Test Org A"))
			.id();
		this.amina = person("Alaoui", "Amina");
		this.karim = person("=cmd|' /C calc'!A0", "Karim");
		long food = this.care.service(this.amina, this.home, "FOOD", LocalDate.of(2025, 6, 2));
		this.jdbc.update("UPDATE care_record SET notes = 'Régime sans sel' WHERE id = ?", food);
		this.care.service(this.amina, this.home, "HEALTH_CHECK", LocalDate.of(2025, 6, 3));
		this.care.service(this.karim, this.home, "SCHOOLING", LocalDate.of(2025, 6, 1));
	}

	private long person(String lastName, String firstName) {
		return this.beneficiaries.beneficiary(this.home, lastName)
			.firstName(firstName)
			.born(LocalDate.of(2012, 1, 1))
			.admitted(LocalDate.of(2025, 1, 1), ReferralSource.FAMILY, LegalBasis.PLACEMENT_DECISION)
			.create();
	}

	@Test
	void theManagerGetsEveryServiceWithNamesAndNotesNewestFirst() throws Exception {
		List<List<String>> rows = csv(this.identity.managerA(), "");
		assertThat(rows.get(0)).containsExactly("Date", "Type de prestation", "Nature de la prestation", "Bénéficiaire",
				"Intervenant", "Observations");
		assertThat(rows.subList(1, rows.size())).containsExactly(
				List.of("2025-06-03", "Bilan de santé", "Bilan de santé", "Alaoui Amina", "", ""),
				List.of("2025-06-02", "Alimentation", "Alimentation", "Alaoui Amina", "", "Régime sans sel"),
				List.of("2025-06-01", "Soutien scolaire", "Soutien scolaire", "'=cmd|' /C calc'!A0 Karim", "", ""));
		assertThat(csv(this.identity.managerA(), "type=" + typeId("FOOD") + "&page=2").subList(1, 2))
			.as("the type filter, every page")
			.containsExactly(
					List.of("2025-06-02", "Alimentation", "Alimentation", "Alaoui Amina", "", "Régime sans sel"));
		assertThat(ExportFiles.xlsx(download(this.identity.managerA(), "xlsx", "lang=ar")).get(1).get(3).asString())
			.isEqualTo("Alaoui Amina");
	}

	@Test
	void auditorsGetPseudonymsWithoutHealthServicesNorNotes() throws Exception {
		List<List<String>> rows = csv(this.identity.auditor(), "");
		assertThat(rows.get(0)).containsExactly("Date", "Type de prestation", "Nature de la prestation", "Bénéficiaire",
				"Intervenant");
		assertThat(rows.subList(1, rows.size())).extracting((row) -> row.get(3))
			.containsExactly(this.pseudonyms.of(this.amina), this.pseudonyms.of(this.karim));
		String all = String.join(";", rows.stream().flatMap(List::stream).toList());
		assertThat(all).doesNotContain("Alaoui", "Amina", "Karim", "calc", "Bilan", "Régime", "(AA)");
	}

	@Test
	void eachExportedBeneficiaryIsWrittenToTheAccessLog() throws Exception {
		download(this.identity.auditor(), "csv", "");
		assertThat(logged("t-auditor")).containsExactlyInAnyOrder(this.amina, this.karim);
		download(this.identity.managerA(), "xlsx", "type=" + typeId("SCHOOLING"));
		assertThat(logged("t-manager-a")).containsExactly(this.karim);
	}

	@Test
	void anotherOrganisationsManagerGetsNotFound() throws Exception {
		this.mvc
			.perform(get("/establishments/{id}/services/export.csv", this.home).with(user(this.identity.managerB())))
			.andExpect(status().isNotFound());
		assertThat(logged("t-manager-b")).isEmpty();
	}

	@Test
	void theExportRunsTheSameFewStatementsWhateverItsSize() throws Exception {
		long few = count();
		for (int i = 0; i < 10; i++) {
			this.care.service(person("Nombreux " + i, "X"), this.home, "LEISURE", LocalDate.of(2025, 7, 1));
		}
		assertThat(count()).as("access, staff, the rows, names and access log per batch")
			.isEqualTo(few)
			.isLessThanOrEqualTo(6);
	}

	@Test
	void thePageLinksToItsExportsWithItsFilter() throws Exception {
		long food = typeId("FOOD");
		this.mvc
			.perform(get("/establishments/{id}/services?type={type}", this.home, food)
				.with(user(this.identity.managerA())))
			.andExpect(content().string(containsString(
					"href=\"/establishments/" + this.home + "/services/export.csv?type=" + food + "\"")));
	}

	private long count() throws Exception {
		return QueryCount.of(this.mvc,
				get("/establishments/{id}/services/export.csv", this.home).with(user(this.identity.managerA())));
	}

	private long typeId(String code) {
		return this.jdbc.queryForObject("SELECT id FROM care_service_type WHERE code = ?", Long.class, code);
	}

	private List<Long> logged(String username) {
		return this.jdbc.queryForList("""
				SELECT beneficiary_id FROM beneficiary_access_log
				WHERE establishment_id = ? AND username = ? AND action = 'EXPORT_LIST'""", Long.class, this.home,
				username);
	}

	private List<List<String>> csv(SocleUser user, String query) throws Exception {
		return ExportFiles.csv(download(user, "csv", query));
	}

	private byte[] download(SocleUser user, String extension, String query) throws Exception {
		return this.mvc
			.perform(get("/establishments/" + this.home + "/services/export." + extension + "?" + query)
				.with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
