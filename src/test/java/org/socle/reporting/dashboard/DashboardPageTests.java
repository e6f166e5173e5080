package org.socle.reporting.dashboard;

import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may open the dashboard, its map, its scripts and its Arabic version.
 */
@SocleTest
class DashboardPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	DashboardFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	DashboardFixtures.World world;

	@BeforeEach
	void world() {
		this.world = this.fixtures.world();
	}

	@Test
	void auditorsAndAdminsOpenItManagersGet403AndAnonymousUsersLogIn() throws Exception {
		this.mvc.perform(get("/dashboard").with(user(this.identity.auditor()))).andExpect(status().isOk());
		this.mvc.perform(get("/dashboard").with(user(this.identity.admin()))).andExpect(status().isOk());
		this.mvc.perform(get("/dashboard").with(user(this.identity.managerA()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/dashboard")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theNavigationAndTheHomePageLinkToItForAuditorsAndAdminsOnly() throws Exception {
		assertThat(page("/", this.identity.auditor()).select("a[href=/dashboard]")).hasSizeGreaterThanOrEqualTo(2);
		assertThat(page("/", this.identity.admin()).select("a[href=/dashboard]")).hasSizeGreaterThanOrEqualTo(2);
		assertThat(page("/", this.identity.managerA()).select("a[href=/dashboard]")).isEmpty();
	}

	@Test
	void theMapDrawsTheTwelveRegionsOfTheReferenceDataEachLinkingToTheFilteredDashboard() throws Exception {
		Set<String> reference = Set.copyOf(this.jdbc.queryForList("SELECT code FROM region", String.class));
		Document page = page("/dashboard?year=2024&organisation=" + this.world.organisation(), this.identity.auditor());
		Set<String> drawn = page.select("svg.region-map path[data-region]")
			.stream()
			.map((path) -> path.attr("data-region"))
			.collect(Collectors.toSet());
		assertThat(reference).hasSize(12);
		assertThat(drawn).isEqualTo(reference);
		assertThat(page.select("#region-MA-03").hasClass("map-band-B")).as("median 65.1").isTrue();
		assertThat(page.select("#region-MA-01").hasClass(MapShading.NO_DATA)).isTrue();
		assertThat(page.select("#region-MA-03").parents().select("a").first().attr("href"))
			.isEqualTo("/dashboard?region=MA-03&organisation=" + this.world.organisation() + "&year=2024");
		assertThat(page.select(".map-attribution").text()).contains("morocco-map").contains("ODbL");
		assertThat(page.select("#map-table tr[data-region=MA-03] td").eachText()).containsExactly("65,1", "2");
	}

	@Test
	void theMapCanBeColouredByAnotherFigureAndClickingTheSelectedRegionUnselectsIt() throws Exception {
		Document page = page(
				"/dashboard?year=2024&region=MA-03&map=OVER_CAPACITY&organisation=" + this.world.organisation(),
				this.identity.auditor());
		assertThat(page.select("#map-figure option[selected]").val()).isEqualTo("OVER_CAPACITY");
		assertThat(page.select("#region-MA-03").hasClass("selected")).isTrue();
		assertThat(page.select("#region-MA-03").hasClass("map-5")).as("1, the largest value").isTrue();
		assertThat(page.select("#region-MA-04").hasClass(MapShading.NO_DATA)).as("filtered out").isTrue();
		assertThat(page.select("#region-MA-03").parents().select("a").first().attr("href"))
			.isEqualTo("/dashboard?organisation=" + this.world.organisation() + "&year=2024&map=OVER_CAPACITY");
		assertThat(page.select("#map-legend li").eachText()).containsExactly("jusqu’à 1", "Pas de donnée");
	}

	@Test
	void chartsComeFromTheWebjarAndReadTheirDataFromThePageWithoutInlineScript() throws Exception {
		Document page = page("/dashboard", this.identity.auditor());
		assertThat(page.select("script[src]").eachAttr("src"))
			.anySatisfy((src) -> assertThat(src).matches("/webjars/chart\\.js/4\\.5\\.1/dist/chart\\.umd\\.min\\.js"))
			.contains("/js/dashboard.js");
		assertThat(page.select("script:not([src])")).isEmpty();
		assertThat(page.select("canvas[data-chart]")).hasSize(3);
		this.mvc.perform(get("/webjars/chart.js/dist/chart.umd.min.js")).andExpect(status().isOk());
		this.mvc.perform(get("/js/dashboard.js")).andExpect(status().isOk());
	}

	@Test
	void theArabicPageIsRightToLeftWithEveryLabelTranslated() throws Exception {
		String html = this.mvc
			.perform(get("/dashboard?lang=ar&year=2024&organisation=" + this.world.organisation())
				.with(user(this.identity.auditor())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("html").attr("dir")).isEqualTo("rtl");
		assertThat(page.select("link[href*=bootstrap.rtl]")).isNotEmpty();
		assertThat(html).doesNotContain("??");
		assertThat(page.select("h1").text()).isEqualTo("لوحة القيادة الوطنية");
		assertThat(page.select("#ranking-table tbody td a").eachText()).contains("مؤسسة DB Foyer de Rabat");
		assertThat(page.select("#beneficiaries-age-table tr[data-key=AGE_6_11] th").text())
			.isEqualTo("من 6 إلى 11 سنة");
	}

	private Document page(String url, SocleUser who) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url).with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
