package org.socle.establishment.organisations;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.QueryCount;
import org.socle.SocleTest;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;
import org.socle.shared.export.ExportFiles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The organisations list as CSV and XLSX: a manager's export holds their organisation
 * only, an auditor's every organisation the search finds, with establishment counts.
 */
@SocleTest
class OrganisationExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures fixtures;

	@Autowired
	EstablishmentFixtures establishments;

	@BeforeEach
	void organisations() {
		this.fixtures.organisation("Test Org A");
		this.fixtures.organisation("Test Org B");
		long one = this.fixtures.organisation("OX Org Un");
		long two = this.fixtures.organisation("OX Org Deux");
		this.establishments.establishment("OX Foyer un de Un", one);
		this.establishments.establishment("OX Foyer deux de Un", one);
		this.establishments.establishment("OX Foyer de Deux", two);
	}

	@Test
	void aManagersExportHoldsTheirOrganisationOnly() throws Exception {
		assertThat(names(csv(this.fixtures.managerA(), "q=Test Org"))).containsExactly("Test Org A");
		assertThat(names(csv(this.fixtures.managerB(), "q=Test Org A"))).as("a search cannot widen the scope")
			.isEmpty();
	}

	@Test
	void anAuditorsExportHoldsEveryOrganisationFoundWithItsEstablishments() throws Exception {
		List<List<String>> rows = csv(this.fixtures.auditor(), "q=OX Org&page=1&size=1");
		assertThat(names(rows)).containsExactly("OX Org Deux", "OX Org Un");
		assertThat(rows.get(0)).contains("Nom", "Établissements");
		assertThat(rows.get(1).get(4)).isEqualTo("1");
		assertThat(rows.get(1).get(5)).isEqualTo("Oui");
		assertThat(rows.get(2).get(4)).isEqualTo("2");
		assertThat(ExportFiles.xlsx(download(this.fixtures.auditor(), "xlsx", "q=OX Org Un&lang=en"))
			.get(1)
			.get(4)
			.asNumber()).isEqualByComparingTo("2");
	}

	@Test
	void theExportRunsTwoStatementsAndTheListLinksToIt() throws Exception {
		csv(this.fixtures.auditor(), "q=Test");
		assertThat(QueryCount.of(this.mvc, get("/organisations/export.csv?q=Test").with(user(this.fixtures.auditor()))))
			.as("establishment counts, then the organisations (the regions are cached)")
			.isLessThanOrEqualTo(2);
		this.mvc.perform(get("/organisations?q=Org&page=1").with(user(this.fixtures.auditor())))
			.andExpect(content().string(containsString("href=\"/organisations/export.csv?q=Org\"")))
			.andExpect(content().string(containsString("href=\"/organisations/export.xlsx?q=Org\"")));
	}

	private List<List<String>> csv(SocleUser user, String query) throws Exception {
		return ExportFiles.csv(download(user, "csv", query));
	}

	private byte[] download(SocleUser user, String extension, String query) throws Exception {
		return this.mvc.perform(get("/organisations/export." + extension + "?" + query).with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static List<String> names(List<List<String>> rows) {
		return rows.stream().skip(1).map((row) -> row.get(1)).toList();
	}

}
