package org.socle.reporting.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.QueryCount;
import org.socle.SocleTest;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.establishment.EstablishmentStatus;
import org.socle.establishment.registry.AuthorisationStatus;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;
import org.socle.shared.export.ExportFiles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard's tables as CSV and XLSX, with the dashboard's filters, against the
 * figures {@link DashboardFiguresTests} works out by hand at the end of 2024; and the
 * "without a valid authorisation" card's link, which opens exactly the establishments it
 * counts.
 */
@SocleTest
class DashboardTablesExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	DashboardFixtures fixtures;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	Clock clock;

	DashboardFixtures.World world;

	@BeforeEach
	void world() {
		this.world = this.fixtures.world();
	}

	@Test
	void theFiguresByRegionEndWithTheWholeScope() throws Exception {
		List<List<String>> rows = csv("regions", "year=2024");
		assertThat(rows.get(0)).containsExactly("Région", "Établissements", "Capacité autorisée (places)",
				"Bénéficiaires actifs", "Taux d’occupation", "Score médian", "Évalués dans les 12 derniers mois",
				"Sans autorisation valide", "Dont autorisation expirée", "Au-delà de leur capacité",
				"Actions correctives en retard");
		assertThat(rows).as("12 regions and the total").hasSize(14);
		assertThat(rows.get(3)).as("MA-03: Dar Talib and the elderly's home")
			.containsExactly("Fès-Meknès", "2", "4", "7", "125.0", "65.1", "50.0", "2", "1", "1", "0");
		assertThat(rows.get(13)).containsExactly("Total", "4", "34", "14", "35.3", "72.5", "50.0", "3", "2", "1", "2");
		assertThat(csv("regions", "year=2024&region=MA-03").get(13)).startsWith("Total", "2");
	}

	@Test
	void theRatingsAreCountedUnderTheirTranslatedLabels() throws Exception {
		assertThat(csv("ratings", "year=2024")).containsExactly(List.of("Notation", "Nombre", "Part"),
				List.of("Excellent", "1", "25.0"), List.of("Conforme", "1", "25.0"), List.of("À améliorer", "0", "0.0"),
				List.of("Insuffisant", "1", "25.0"), List.of("Non évalué", "1", "25.0"));
		assertThat(csv("ratings", "year=2024&lang=en").get(1)).startsWith("Excellent");
	}

	@Test
	void theRankingWritesTheRatingsLabelNotItsLetter() throws Exception {
		List<List<String>> rows = ExportFiles
			.csv(download("/dashboard/export.csv", "year=2024&province=" + this.world.rabatProvince()));
		assertThat(rows.get(0).get(6)).isEqualTo("Notation");
		assertThat(rows.get(1)).contains("72.5", "Conforme").doesNotContain("B");
	}

	@Test
	void trendsGiveEachYear() throws Exception {
		assertThat(csv("trends", "year=2024")).containsExactly(
				List.of("Année", "Établissements", "Score médian", "Excellent", "Conforme", "À améliorer",
						"Insuffisant"),
				List.of("2023", "2", "45.0", "0", "0", "1", "1"), List.of("2024", "2", "81.3", "1", "1", "0", "0"));
	}

	@Test
	void beneficiaryCountsUnderFiveAreWrittenAsOnThePage() throws Exception {
		List<List<String>> rows = csv("beneficiaries", "year=2024");
		assertThat(rows.get(0)).containsExactly("Ventilation", "Groupe", "Femmes", "Hommes", "Ensemble");
		assertThat(rows).contains(List.of("Tranche d’âge", "6 à 11 ans", "< 5", "< 5", "7"),
				List.of("Tranche d’âge", "60 ans et plus", "< 5", "< 5", "< 5"),
				List.of("Handicap", "Sans handicap enregistré", "5", "8", "13"),
				List.of("Total", "Total", "6", "8", "14"));
		assertThat(String.join(";", rows.stream().flatMap(List::stream).toList())).as("never a count of 1 to 4")
			.doesNotContainPattern(";[1-4](;|$)");

		List<List<Cell>> sheet = ExportFiles.xlsx(download("/dashboard/beneficiaries/export.xlsx", "year=2024"));
		List<Cell> children = sheet.stream()
			.filter((row) -> row.get(1).getRawValue().equals("6 à 11 ans"))
			.findFirst()
			.orElseThrow();
		assertThat(children.get(2).getType()).isEqualTo(CellType.STRING);
		assertThat(children.get(2).asString()).isEqualTo("< 5");
		assertThat(children.get(4).getType()).isEqualTo(CellType.NUMBER);
		assertThat(children.get(4).asNumber()).isEqualByComparingTo("7");
	}

	@Test
	void theHeatMapHoldsEveryEstablishmentOfTheScopeWithAColumnPerDomain() throws Exception {
		List<List<String>> rows = csv("heatmap", "year=2024&size=1&page=2");
		assertThat(rows).as("all pages of the ranking, in its order").hasSize(5);
		assertThat(rows.get(0)).startsWith("Identifiant", "Établissement");
		int d1 = indexStartingWith(rows.get(0), "D1 · ");
		int d2 = indexStartingWith(rows.get(0), "D2 · ");
		List<String> rabat = rows.get(2);
		assertThat(rabat.get(0)).isEqualTo(String.valueOf(this.world.rabat()));
		assertThat(rabat.get(d1)).isEqualTo("80.0");
		assertThat(rabat.get(d2)).as("not scored").isEmpty();
		assertThat(rows.get(1).get(d1)).as("the elderly's home has no domain score").isEmpty();
	}

	@Test
	void onlyAuditorsAndAdminsExportAndUnknownTablesAreNotFound() throws Exception {
		for (String table : List.of("regions", "ratings", "heatmap", "trends", "beneficiaries")) {
			this.mvc.perform(get("/dashboard/" + table + "/export.csv").with(user(this.identity.managerA())))
				.andExpect(status().isForbidden());
			assertThat(QueryCount.of(this.mvc,
					get("/dashboard/" + table + "/export.csv?year=2024").with(user(this.identity.auditor()))))
				.as("%s: the provinces (to check the filter), the heat-map's domains, the rows", table)
				.isLessThanOrEqualTo(table.equals("heatmap") ? 3 : 2);
		}
		this.mvc.perform(get("/dashboard/passwords/export.csv").with(user(this.identity.admin())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/dashboard/trends/export.pdf").with(user(this.identity.admin())))
			.andExpect(status().isNotFound());
	}

	@Test
	void eachTableLinksToItsExportWithTheFilters() throws Exception {
		Document page = page("/dashboard?organisation=" + this.world.organisation() + "&year=2024&page=1");
		String query = "?organisation=" + this.world.organisation() + "&year=2024";
		assertThat(page.select("a[href*='/export.csv']").eachAttr("href")).contains("/dashboard/export.csv" + query,
				"/dashboard/regions/export.csv" + query, "/dashboard/ratings/export.csv" + query,
				"/dashboard/heatmap/export.csv" + query, "/dashboard/trends/export.csv" + query,
				"/dashboard/beneficiaries/export.csv" + query);
	}

	@Test
	void theWithoutValidAuthorisationCardOpensExactlyTheEstablishmentsItCounts() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		long organisation = this.identity.organisation("Test Org Authorisations");
		establishment("UA valide", organisation, AuthorisationStatus.VALID, null, null, EstablishmentStatus.ACTIVE);
		establishment("UA valide jusqu'à aujourd'hui", organisation, AuthorisationStatus.VALID, today, null,
				EstablishmentStatus.ACTIVE);
		establishment("UA échue hier", organisation, AuthorisationStatus.VALID, today.minusDays(1), null,
				EstablishmentStatus.ACTIVE);
		establishment("UA en cours", organisation, AuthorisationStatus.PENDING, null, null, EstablishmentStatus.ACTIVE);
		establishment("UA pas encore ouvert", organisation, AuthorisationStatus.NONE, null, today.plusDays(1),
				EstablishmentStatus.ACTIVE);
		establishment("UA fermé", organisation, AuthorisationStatus.NONE, null, null, EstablishmentStatus.CLOSED);

		Document dashboard = page("/dashboard?organisation=" + organisation);
		assertThat(dashboard.select("#kpi-unauthorised .kpi-value").text()).isEqualTo("2");
		String link = dashboard.select("#kpi-unauthorised a").attr("href");
		assertThat(link).isEqualTo("/establishments?organisation=" + organisation + "&status=ACTIVE&unauthorised=true");
		Page<?> listed = (Page<?>) this.mvc.perform(get(link).with(user(this.identity.auditor())))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("page");
		assertThat(listed.getTotalElements()).isEqualTo(2);
		assertThat(page(link).select("tbody tr td:first-child a").eachText()).containsExactlyInAnyOrder("UA échue hier",
				"UA en cours");
	}

	@Test
	void theListLinksKeepTheDashboardsProvince() throws Exception {
		Document dashboard = page("/dashboard?province=" + this.world.rabatProvince() + "&region=MA-04");
		String link = dashboard.select("#kpi-establishments a").attr("href");
		assertThat(link)
			.isEqualTo("/establishments?region=MA-04&province=" + this.world.rabatProvince() + "&status=ACTIVE");
		assertThat(page(link).select("tbody tr td:first-child a").eachText()).contains("DB Foyer de Rabat")
			.doesNotContain("DB Foyer de Salé");
	}

	private void establishment(String name, long organisation, AuthorisationStatus status, LocalDate expiry,
			LocalDate opening, EstablishmentStatus establishmentStatus) {
		this.establishments.establishment(name, organisation, (form) -> {
			form.setAuthorisationStatus(status);
			form.setAuthorisationExpiry(expiry);
			form.setOpeningDate(opening);
			form.setStatus(establishmentStatus);
		});
	}

	private static int indexStartingWith(List<String> header, String prefix) {
		for (int i = 0; i < header.size(); i++) {
			if (header.get(i).startsWith(prefix)) {
				return i;
			}
		}
		throw new AssertionError("no column " + prefix + " in " + header);
	}

	private Document page(String url) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url).with(user(this.identity.auditor())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private List<List<String>> csv(String table, String query) throws Exception {
		return ExportFiles.csv(download("/dashboard/" + table + "/export.csv", query));
	}

	private byte[] download(String path, String query) throws Exception {
		SocleUser auditor = this.identity.auditor();
		return this.mvc
			.perform(get(path + "?organisation=" + this.world.organisation() + "&" + query).with(user(auditor)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
