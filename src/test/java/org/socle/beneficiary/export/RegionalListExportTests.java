package org.socle.beneficiary.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.QueryCount;
import org.socle.SocleTest;
import org.socle.beneficiary.BeneficiaryFixtures;
import org.socle.beneficiary.DischargeReason;
import org.socle.beneficiary.LegalBasis;
import org.socle.beneficiary.ReferralSource;
import org.socle.beneficiary.Sex;
import org.socle.beneficiary.privacy.Pseudonyms;
import org.socle.establishment.Category;
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
 * A region's beneficiaries as CSV and XLSX: for auditors and admins only, what each
 * establishment's list shows them (pseudonyms, no names) plus the establishment, every
 * exported person in the access log, in the same few statements whatever the size.
 */
@SocleTest
class RegionalListExportTests {

	static final String REGION = "MA-10";

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

	String northName;

	long north;

	long south;

	long elsewhere;

	final List<Long> northPeople = new ArrayList<>();

	long southPerson;

	long discharged;

	long outsider;

	@BeforeEach
	void region() {
		long organisation = this.identity.organisation("Test Org A");
		this.northName = "RX Nord " + System.nanoTime();
		this.north = this.establishments.establishment(this.northName, organisation, Category.CHILDREN, REGION, 40)
			.id();
		this.south = this.establishments
			.establishment("RX Sud " + System.nanoTime(), organisation, Category.CHILDREN, REGION, 40)
			.id();
		this.elsewhere = this.establishments
			.establishment("RX Ailleurs " + System.nanoTime(), organisation, Category.CHILDREN, "MA-09", 40)
			.id();
		for (String surname : new String[] { "Alaoui", "Bennani", "Chraibi", "Doukkali" }) {
			this.northPeople.add(admit(this.north, surname));
		}
		this.southPerson = admit(this.south, "Tazi");
		this.discharged = this.beneficiaries.beneficiary(this.south, "Sortie")
			.firstName("Sara")
			.admitted(LocalDate.of(2024, 1, 1), ReferralSource.FAMILY, LegalBasis.PLACEMENT_DECISION)
			.discharged(LocalDate.of(2025, 1, 31), DischargeReason.FAMILY_REINTEGRATION)
			.create();
		this.outsider = admit(this.elsewhere, "Ailleurs");
	}

	private long admit(long establishment, String surname) {
		return this.beneficiaries.beneficiary(establishment, surname)
			.firstName("Salma")
			.sex(Sex.F)
			.arabicNames("التازي", "سلمى")
			.admitted(LocalDate.of(2025, 3, 1), ReferralSource.COURT, LegalBasis.COURT_ORDER)
			.create();
	}

	@Test
	void auditorsGetEachEstablishmentsPseudonymisedListWithItsName() throws Exception {
		List<List<String>> rows = ExportFiles.csv(download(this.identity.auditor(), "csv", ""));
		assertThat(rows.get(0)).containsExactly("Établissement", "Pseudonyme", "Sexe", "Âge", "Catégorie",
				"Date d’admission", "Date de sortie", "Motif de sortie", "Au-delà de la capacité");
		List<String> north = pseudonymsOf(rows, this.northName);
		assertThat(north).as("the establishment's people, in pseudonym order as its list")
			.containsExactlyElementsOf(this.northPeople.stream().map(this.pseudonyms::of).sorted().toList());
		List<String> shown = rows.stream().skip(1).map((row) -> row.get(1)).toList();
		assertThat(shown).contains(this.pseudonyms.of(this.southPerson))
			.as("present only by default; another region's people never")
			.doesNotContain(this.pseudonyms.of(this.discharged), this.pseudonyms.of(this.outsider));
		int first = shown.indexOf(north.get(0));
		assertThat(shown.subList(first, first + north.size())).as("an establishment's lines come together")
			.containsExactlyElementsOf(north);
		String all = String.join(";", rows.stream().flatMap(List::stream).toList());
		assertThat(all).doesNotContain("Alaoui", "Tazi", "Salma", "التازي", "Ailleurs");

		assertThat(ExportFiles.csv(download(this.identity.admin(), "csv", "&status=DISCHARGED"))
			.stream()
			.map((row) -> row.get(1))).contains(this.pseudonyms.of(this.discharged))
			.doesNotContain(this.pseudonyms.of(this.southPerson));
		String sheet = ExportFiles.xlsxPart(download(this.identity.auditor(), "xlsx", "&lang=ar"),
				"xl/worksheets/sheet1.xml");
		assertThat(sheet).contains(this.pseudonyms.of(this.southPerson)).doesNotContain("Tazi", "التازي");
	}

	@Test
	void everyExportedPersonIsWrittenToTheAccessLogWithTheRegion() throws Exception {
		download(this.identity.auditor(), "xlsx", "");
		List<Long> logged = this.jdbc.queryForList("""
				SELECT beneficiary_id FROM beneficiary_access_log
				WHERE establishment_id IN (?, ?) AND username = 't-auditor' AND action = 'EXPORT_LIST'
				  AND details = 'xlsx MA-10'""", Long.class, this.north, this.south);
		List<Long> expected = new ArrayList<>(this.northPeople);
		expected.add(this.southPerson);
		assertThat(logged).containsExactlyInAnyOrderElementsOf(expected);
		this.mvc.perform(get("/admin/access-log").param("username", "t-auditor").with(user(this.identity.admin())))
			.andExpect(content().string(containsString("Export de la liste de la région MA-10")));
	}

	@Test
	void managersMayNotAndAnUnknownRegionIsABadRequest() throws Exception {
		for (SocleUser manager : new SocleUser[] { this.identity.managerA(), this.identity.managerB() }) {
			this.mvc.perform(get("/beneficiaries/export.csv").param("region", REGION).with(user(manager)))
				.andExpect(status().isForbidden());
		}
		for (String region : new String[] { "MA-99", "", "'; select 1" }) {
			this.mvc
				.perform(get("/beneficiaries/export.csv").param("region", region).with(user(this.identity.auditor())))
				.andExpect(status().isBadRequest());
		}
		this.mvc.perform(get("/beneficiaries/export.csv").with(user(this.identity.auditor())))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/beneficiaries/export.pdf").param("region", REGION).with(user(this.identity.auditor())))
			.andExpect(status().isNotFound());
	}

	@Test
	void theExportRunsTheSameFewStatementsWhateverItsSize() throws Exception {
		count(); // the regions, read once and kept (reference data)
		long few = count();
		for (int i = 0; i < 20; i++) {
			admit((i % 2 == 0) ? this.north : this.south, "Nombreux " + i);
		}
		assertThat(count()).as("the region's establishments, the rows, one access-log insert per 500 lines")
			.isEqualTo(few)
			.isLessThanOrEqualTo(3);
	}

	@Test
	void theDashboardOfARegionLinksToIt() throws Exception {
		this.mvc.perform(get("/dashboard").param("region", REGION).with(user(this.identity.auditor())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/beneficiaries/export.csv?region=MA-10\"")))
			.andExpect(content().string(containsString("href=\"/beneficiaries/export.xlsx?region=MA-10\"")))
			.andExpect(content().string(containsString("Liste pseudonymisée des bénéficiaires présents")));
	}

	private long count() throws Exception {
		return QueryCount.of(this.mvc,
				get("/beneficiaries/export.csv").param("region", REGION).with(user(this.identity.auditor())));
	}

	private static List<String> pseudonymsOf(List<List<String>> rows, String establishment) {
		return rows.stream().filter((row) -> row.get(0).equals(establishment)).map((row) -> row.get(1)).toList();
	}

	private byte[] download(SocleUser user, String extension, String query) throws Exception {
		return this.mvc
			.perform(get("/beneficiaries/export." + extension + "?region=" + REGION + query).with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
