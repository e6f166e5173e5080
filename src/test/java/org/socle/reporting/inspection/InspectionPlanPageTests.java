package org.socle.reporting.inspection;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;
import org.socle.shared.export.ExportFiles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The plan as an auditor reads it: each row's three heaviest reasons, the pager and the
 * export links keeping the filters, and the Excel export's content, on the
 * {@link InspectionFixtures} homes (default weights).
 */
@SocleTest
class InspectionPlanPageTests {

	private static final String FILTERS = "region=MA-10&category=ELDERLY";

	@Autowired
	MockMvc mvc;

	@Autowired
	InspectionFixtures fixtures;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	InspectionFixtures.World world;

	SocleUser auditor;

	@BeforeEach
	void world() {
		this.world = this.fixtures.world();
		this.auditor = this.identity.auditor();
	}

	/**
	 * The risky home's ten reasons: the list shows the three that weigh most (expired
	 * authorisation 20, rated D 20, over capacity 15, ties in the factors' order), then
	 * how many more; the calm home says it has none.
	 */
	@Test
	void eachRowShowsItsThreeHeaviestReasons() throws Exception {
		String html = page("/inspections?" + FILTERS);
		String risky = row(html, this.world.risky());
		assertThat(risky).contains("IN Foyer à risque", "<bdi>125</bdi>", "et encore 7");
		int expired = risky.indexOf("Autorisation expirée</span>");
		int ratedD = risky.indexOf("Dernière notation : D (Insuffisant)</span>");
		int over = risky.indexOf("Au-delà de la capacité autorisée aujourd’hui</span>");
		assertThat(expired).isPositive().isLessThan(ratedD);
		assertThat(ratedD).isLessThan(over);
		assertThat(risky).contains("<bdi>+20</bdi>", "<bdi>+15</bdi>")
			.doesNotContain("<bdi>+10</bdi>", "Score en baisse", "Actions correctives en retard");
		assertThat(row(html, this.world.calm())).contains("Aucune raison relevée").doesNotContain("et encore");
		assertThat(html.indexOf(risky)).as("highest risk first").isLessThan(html.indexOf(row(html, this.world.calm())));
	}

	/**
	 * The second page of two rows: ranks 3 and 4, a pager whose links keep the filters
	 * and the page size, export links keeping the filters but neither page nor size, and
	 * the filters' form showing what is chosen.
	 */
	@Test
	void thePagerAndTheExportLinksKeepTheFilters() throws Exception {
		String html = page("/inspections?" + FILTERS + "&assignment=UNASSIGNED&size=2&page=1");
		String table = html.substring(html.indexOf("id=\"plan-table\""), html.indexOf("</table>"));
		assertThat(table.split("data-establishment=")).hasSize(3);
		assertThat(table).contains("<bdi>3</bdi>", "<bdi>4</bdi>").doesNotContain("<bdi>5</bdi>");
		String pager = html.substring(html.indexOf("class=\"pagination\""));
		assertThat(pager).contains(
				"href=\"/inspections?region=MA-10&amp;category=ELDERLY&amp;assignment=UNASSIGNED&amp;size=2&amp;page=0\"",
				"href=\"/inspections?region=MA-10&amp;category=ELDERLY&amp;assignment=UNASSIGNED&amp;size=2&amp;page=2\"",
				"Page 2 sur");
		assertThat(html).contains(
				"href=\"/inspections/export.csv?region=MA-10&amp;category=ELDERLY&amp;assignment=UNASSIGNED\"",
				"href=\"/inspections/export.xlsx?region=MA-10&amp;category=ELDERLY&amp;assignment=UNASSIGNED\"");
		assertThat(html).containsPattern("<option value=\"MA-10\" selected=\"selected\"")
			.containsPattern("<option value=\"UNASSIGNED\" selected=\"selected\"");
	}

	/**
	 * The Excel file holds the filtered plan in the page's order, with numbers as
	 * numbers, the reasons with their points and a planned visit's date as a date.
	 */
	@Test
	void theExcelExportHoldsThePlan() throws Exception {
		LocalDate planned = LocalDate.now(this.clock).plusDays(7);
		this.mvc
			.perform(post("/inspections/establishments/" + this.world.calm() + "/visit")
				.param("plannedOn", planned.toString())
				.with(user(this.auditor))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		try {
			List<List<Cell>> rows = ExportFiles
				.xlsx(this.mvc.perform(get("/inspections/export.xlsx?" + FILTERS).with(user(this.auditor)))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsByteArray());
			assertThat(rows.get(0).stream().map(Cell::asString)).containsExactly("Identifiant", "Établissement",
					"Région", "Catégorie", "Score de risque", "Principales raisons", "Auditeur", "Date prévue",
					"Visite effectuée le");
			List<Cell> risky = find(rows, "IN Foyer à risque");
			assertThat(risky.get(0).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(this.world.risky()));
			assertThat(risky.get(2).asString()).isEqualTo("Guelmim-Oued Noun");
			assertThat(risky.get(3).asString()).isEqualTo("Personnes âgées");
			assertThat(risky.get(4).getType()).isEqualTo(CellType.NUMBER);
			assertThat(risky.get(4).asNumber()).isEqualByComparingTo("125");
			assertThat(risky.get(5).asString()).startsWith(
					"Autorisation expirée (20); Dernière notation : D (Insuffisant) (20); Au-delà de la capacité autorisée aujourd’hui (15); ")
				.contains("Couverture santé en baisse de 10 points ou plus (10)")
				.satisfies((reasons) -> assertThat(reasons.split("; ")).hasSize(10));
			List<Cell> calm = find(rows, "IN Foyer serein");
			assertThat(calm.get(4).asNumber()).isEqualByComparingTo("0");
			assertThat(calm.get(6).asString()).isEqualTo(this.auditor.displayName());
			assertThat(calm.get(7).asDate().toLocalDate()).isEqualTo(planned);
			List<BigDecimal> scores = rows.stream().skip(1).map((row) -> row.get(4).asNumber()).toList();
			assertThat(scores).as("highest risk first").isSortedAccordingTo((a, b) -> b.compareTo(a));
			assertThat(rows.subList(1, rows.size()))
				.allMatch((row) -> row.get(2).asString().equals("Guelmim-Oued Noun"));
		}
		finally {
			this.jdbc.update("DELETE FROM inspection_visit_event WHERE visit_id IN "
					+ "(SELECT id FROM inspection_visit WHERE establishment_id = ?)", this.world.calm());
			this.jdbc.update("DELETE FROM inspection_visit WHERE establishment_id = ?", this.world.calm());
		}
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).with(user(this.auditor)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The table row of an establishment. */
	private static String row(String html, long establishment) {
		int start = html.indexOf("data-establishment=\"" + establishment + "\"");
		assertThat(start).as("row of " + establishment).isPositive();
		return html.substring(start, html.indexOf("</tr>", start));
	}

	private static List<Cell> find(List<List<Cell>> rows, String name) {
		return rows.stream().filter((row) -> row.get(1).asString().equals(name)).findFirst().orElseThrow();
	}

}
