package org.socle.reporting.dashboard;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.socle.QueryCount;
import org.socle.SocleTest;
import org.socle.establishment.Category;
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
 * The dashboard's ranking as CSV and XLSX: the dashboard's filters, every page, for
 * auditors and admins only.
 */
@SocleTest
class DashboardExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	EstablishmentFixtures establishments;

	@Test
	void theRankingWithTheDashboardsFiltersForAuditorsOnly() throws Exception {
		long org = this.identity.organisation("Test Org A");
		this.establishments.establishment("DX Foyer Oriental", org, Category.ELDERLY, "MA-02", 30);
		this.establishments.establishment("DX Foyer Draa", org, Category.ELDERLY, "MA-10", 30);

		List<String> oriental = names(this.identity.auditor(), "csv", "region=MA-02&page=5&size=1");
		assertThat(oriental).contains("DX Foyer Oriental").doesNotContain("DX Foyer Draa");
		assertThat(names(this.identity.auditor(), "csv", "")).contains("DX Foyer Oriental", "DX Foyer Draa");
		assertThat(ExportFiles.xlsx(download(this.identity.auditor(), "xlsx", "region=MA-02&lang=ar")))
			.hasSize(oriental.size() + 1);

		this.mvc.perform(get("/dashboard/export.csv").with(user(this.identity.managerA())))
			.andExpect(status().isForbidden());
		assertThat(QueryCount.of(this.mvc, get("/dashboard/export.csv").with(user(this.identity.auditor()))))
			.as("the ranking, streamed (reference data cached)")
			.isLessThanOrEqualTo(2);
		this.mvc.perform(get("/dashboard?region=MA-02&page=1").with(user(this.identity.auditor())))
			.andExpect(content().string(containsString("href=\"/dashboard/export.csv?region=MA-02\"")));
	}

	private List<String> names(SocleUser user, String extension, String query) throws Exception {
		return ExportFiles.csv(download(user, extension, query)).stream().skip(1).map((row) -> row.get(1)).toList();
	}

	private byte[] download(SocleUser user, String extension, String query) throws Exception {
		return this.mvc.perform(get("/dashboard/export." + extension + "?" + query).with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
