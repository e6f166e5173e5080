package org.socle.reporting.home;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The tiles of each home page look clickable, so each one is a link where it says. */
@SocleTest
class HomeTilesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	EstablishmentFixtures establishments;

	List<String> tileLinks(SocleUser user) throws Exception {
		Document home = Jsoup
			.parse(this.mvc.perform(get("/").with(user(user))).andReturn().getResponse().getContentAsString());
		assertThat(home.select(".home-tile")).hasSize(3)
			.allSatisfy(
					(tile) -> assertThat(tile.select("a.stretched-link")).as("the whole tile is a link").hasSize(1));
		return home.select(".home-tile a.stretched-link").eachAttr("href");
	}

	@Test
	void adminAndAuditorTilesLeadToTheirPages() throws Exception {
		assertThat(tileLinks(this.identity.admin())).containsExactly("/admin/users", "/admin/reference/regions",
				"/standards");
		assertThat(tileLinks(this.identity.auditor())).containsExactly("/assessments/review", "/establishments",
				"/dashboard");
	}

	@Test
	void aManagerWithOneEstablishmentGoesStraightToItsBeneficiariesAndAssessments() throws Exception {
		long organisation = this.identity.organisation("Tiles Org " + System.nanoTime());
		SocleUser manager = this.identity.user("t-tiles-" + System.nanoTime(), Role.MANAGER, organisation);
		long only = this.establishments.establishment("Tiles home " + System.nanoTime(), organisation).id();
		assertThat(tileLinks(manager)).containsExactly("/establishments", "/establishments/" + only + "/beneficiaries",
				"/establishments/" + only + "/assessments");
		this.establishments.establishment("Tiles second home " + System.nanoTime(), organisation);
		assertThat(tileLinks(manager)).containsExactly("/establishments", "/establishments", "/establishments");
	}

}
