package org.socle.security;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.identity.SocleUser;
import org.socle.security.TwoOrganisations.World;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Lists, searches, filters and exports a manager may open show their own organisation
 * only: organisation B's manager finds none of A's names on them, even when asking for A
 * by name or by filter, while A's manager does (so the check can fail).
 */
@SocleTest
class CrossOrganisationListTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TwoOrganisations organisations;

	@Test
	void aManagersListsAndExportsNeverShowAnotherOrganisationsRecords() throws Exception {
		World world = this.organisations.world();
		long a = world.a().organisation();
		List<String> pages = List.of("/", "/establishments", "/establishments?q=MX+Foyer+A",
				"/establishments?organisation=" + a, "/establishments/export.csv",
				"/establishments/export.csv?organisation=" + a, "/organisations", "/organisations?q=Matrice+Org+A",
				"/organisations/export.csv");
		for (String page : pages) {
			if (!page.contains("q=")) {
				assertThat(body(page, world.a().manager())).as("A's manager on " + page)
					.containsAnyOf("MX Foyer A", "Matrice Org A");
			}
			assertThat(body(page, world.b().manager())).as("B's manager on " + page)
				.doesNotContain("MX Foyer A", "MX Annexe A", "MX Relais A", "Matrice Org A");
		}
	}

	@Test
	void aManagersOwnEstablishmentPagesShowNoneOfAnotherOrganisationsPeople() throws Exception {
		World world = this.organisations.world();
		long b = world.b().establishment();
		for (String page : List.of("/establishments/" + b + "/beneficiaries",
				"/establishments/" + b + "/beneficiaries?q=Enfant",
				"/establishments/" + b + "/beneficiaries/export.csv", "/establishments/" + b + "/services",
				"/establishments/" + b + "/assessments", "/establishments/" + b + "/history")) {
			assertThat(body(page, world.b().manager())).as(page).doesNotContain("MX Foyer A");
		}
	}

	private String body(String page, SocleUser user) throws Exception {
		return this.mvc.perform(get(page).with(user(user)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
