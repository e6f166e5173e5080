package org.socle.reporting.dashboard;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every figure of the dashboard against {@link DashboardFixtures}, worked out by hand at
 * the end of 2024 ({@code year=2024}) for the fixture's organisation:
 * <ul>
 * <li>in scope: Rabat (capacity 10), Dar Talib (4), the elderly's home (unknown) and Salé
 * (20); not the closed home, nor the one opened in 2025;</li>
 * <li>active: 7 in Rabat (one discharged on 31 December still counts), 5 in Dar Talib, 2
 * elderly = 14; occupancy (7 + 5 + 0) / 34 = 35.3 %; Dar Talib is over capacity;</li>
 * <li>without valid authorisation: Dar Talib (expired), the elderly (none), Salé (expired
 * in June 2024) = 3, of which 2 expired;</li>
 * <li>latest validated: Rabat 72.5 B (2024), Dar Talib 40.0 rated D (2023), the elderly
 * 90.1 A (2024); median 72.5; assessed in 2024: 2 of 4 = 50.0 %;</li>
 * <li>overdue actions of Rabat: the open one and the one done only in 2025 = 2.</li>
 * </ul>
 */
@SocleTest
class DashboardFiguresTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	DashboardFixtures fixtures;

	DashboardFixtures.World world;

	SocleUser auditor;

	@BeforeEach
	void world() {
		this.world = this.fixtures.world();
		this.auditor = this.identity.auditor();
	}

	@Test
	void keyFiguresAtTheEndOf2024() throws Exception {
		Figures figures = figures(model("year=2024"));
		assertThat(figures.establishments()).isEqualTo(4);
		assertThat(figures.capacity()).isEqualTo(34);
		assertThat(figures.activeBeneficiaries()).isEqualTo(14);
		assertThat(figures.occupancy()).isEqualByComparingTo("35.3");
		assertThat(figures.overCapacity()).isEqualTo(1);
		assertThat(figures.withoutValidAuthorisation()).isEqualTo(3);
		assertThat(figures.expiredAuthorisation()).isEqualTo(2);
		assertThat(figures.assessed()).isEqualTo(3);
		assertThat(figures.notAssessed()).isEqualTo(1);
		assertThat(figures.assessedLast12Months()).isEqualTo(2);
		assertThat(figures.assessedShare()).isEqualByComparingTo("50.0");
		assertThat(figures.medianScoreShown()).isEqualByComparingTo("72.5");
		assertThat(List.of(figures.ratedA(), figures.ratedB(), figures.ratedC(), figures.ratedD())).containsExactly(1L,
				1L, 0L, 1L);
		assertThat(figures.overdueActions()).isEqualTo(2);
	}

	@Test
	void theCardsShowTheFiguresAndLinkToTheListsBehindThem() throws Exception {
		Document page = page("year=2024");
		assertThat(page.select("#kpi-establishments .kpi-value").text()).isEqualTo("4");
		assertThat(page.select("#kpi-occupancy .kpi-value").text()).isEqualTo("35,3 %");
		assertThat(page.select("#kpi-median .kpi-value").text()).isEqualTo("72,5");
		assertThat(page.select("#kpi-unauthorised .kpi-value").text()).isEqualTo("3");
		assertThat(page.select("#rated-D").text()).isEqualTo("1");
		assertThat(page.select("#kpi-establishments a").attr("href"))
			.isEqualTo("/establishments?organisation=" + this.world.organisation() + "&status=ACTIVE");
		assertThat(page.select("#kpi-unauthorised a").attr("href")).isEqualTo(
				"/establishments?organisation=" + this.world.organisation() + "&status=ACTIVE&unauthorised=true");
		assertThat(page.select("#kpi-overdue a").attr("href")).startsWith("/dashboard?organisation=")
			.contains("year=2024")
			.endsWith("sort=overdue,desc#ranking");
		assertThat(page.select("#as-of").text()).contains("31/12/2024");
	}

	@Test
	void todayTheNewHomeCountsAndRabatsLatestAssessmentIsThe2025One() throws Exception {
		Figures figures = figures(model(""));
		assertThat(figures.establishments()).isEqualTo(5);
		assertThat(figures.activeBeneficiaries()).as("6 children still there and the one admitted in 2025")
			.isEqualTo(14);
		assertThat(List.of(figures.ratedA(), figures.ratedB(), figures.ratedC(), figures.ratedD())).containsExactly(2L,
				0L, 0L, 1L);
	}

	@Test
	void everyFilterNarrowsEveryPanel() throws Exception {
		Map<String, Object> fes = model("year=2024&region=MA-03");
		assertThat(figures(fes).establishments()).isEqualTo(2);
		assertThat(figures(fes).medianScoreShown()).as("(40 + 90.1) / 2, half up").isEqualByComparingTo("65.1");
		assertThat(ranking(fes)).extracting(RankingRow::establishmentId)
			.containsExactlyInAnyOrder(this.world.darTalib(), this.world.elderly());
		assertThat(trends(fes)).extracting(YearTrend::year).containsExactly(2023, 2024);
		assertThat(beneficiaries(fes).total().all().value()).isEqualTo(7);

		Map<String, Object> province = model("year=2024&province=" + this.world.rabatProvince());
		assertThat(figures(province).establishments()).isEqualTo(1);
		assertThat(ranking(province)).extracting(RankingRow::establishmentId).containsExactly(this.world.rabat());

		Map<String, Object> students = model("year=2024&category=STUDENTS");
		assertThat(figures(students).establishments()).isEqualTo(1);
		assertThat(figures(students).overCapacity()).isEqualTo(1);
		assertThat(beneficiaries(students).total().all().value()).isEqualTo(5);
	}

	@Test
	void filtersThatMeanNothingAreDropped() throws Exception {
		Map<String, Object> model = model("year=1990&region=MA-99&category=SPACESHIP&province=abc");
		DashboardFilter filter = (DashboardFilter) model.get("filter");
		assertThat(filter.getYear()).isNull();
		assertThat(filter.getRegion()).isNull();
		assertThat(filter.getCategory()).isNull();
		assertThat(filter.getProvince()).isNull();
		assertThat(figures(model).establishments()).as("today, the organisation only").isEqualTo(5);
	}

	@Test
	void theRankingSortsOnWhitelistedColumnsOnly() throws Exception {
		assertThat(ranking(model("year=2024"))).as("score, best first, unassessed last")
			.extracting(RankingRow::establishmentId)
			.containsExactly(this.world.elderly(), this.world.rabat(), this.world.darTalib(), this.world.expiring());
		assertThat(ranking(model("year=2024&sort=score,asc"))).extracting(RankingRow::establishmentId)
			.containsExactly(this.world.darTalib(), this.world.rabat(), this.world.elderly(), this.world.expiring());
		assertThat(ranking(model("year=2024&sort=overdue,desc")).get(0).establishmentId())
			.isEqualTo(this.world.rabat());
		assertThat(ranking(model("year=2024&sort=occupancy,desc")).get(0).establishmentId())
			.isEqualTo(this.world.darTalib());
		assertThat(ranking(model("year=2024&sort=name_fr;drop table x,asc")))
			.as("an unknown column falls back to the score")
			.extracting(RankingRow::establishmentId)
			.startsWith(this.world.elderly());
		Page<?> second = (Page<?>) ((Dashboard.Data) model("year=2024&size=3&page=1").get("data")).ranking();
		assertThat(second.getContent()).hasSize(1);
		assertThat(second.getTotalElements()).isEqualTo(4);
	}

	@Test
	void theHeatMapShowsTheDomainScoresOfTheRankingPage() throws Exception {
		Document page = page("year=2024&province=" + this.world.rabatProvince());
		assertThat(page.select("#heatmap-table thead th").eachText())
			.anySatisfy((th) -> assertThat(th).startsWith("D1"));
		assertThat(page.select("#heatmap-table td[data-domain=D1]").text()).isEqualTo("80,0");
		assertThat(page.select("#heatmap-table td[data-domain=D1]").hasClass("heat-B")).isTrue();
		assertThat(page.select("#heatmap-table td[data-domain=D2]").text()).isEqualTo("non noté");
	}

	@Test
	void trendsGiveEachYearsMedianAndRatings() throws Exception {
		List<YearTrend> trends = trends(model("year=2024"));
		assertThat(trends).hasSize(2);
		YearTrend y2023 = trends.get(0);
		assertThat(y2023.year()).isEqualTo(2023);
		assertThat(y2023.establishments()).isEqualTo(2);
		assertThat(y2023.medianScoreShown()).isEqualByComparingTo("45.0");
		assertThat(List.of(y2023.ratedA(), y2023.ratedB(), y2023.ratedC(), y2023.ratedD())).containsExactly(0L, 0L, 1L,
				1L);
		YearTrend y2024 = trends.get(1);
		assertThat(y2024.medianScoreShown()).isEqualByComparingTo("81.3");
		assertThat(List.of(y2024.ratedA(), y2024.ratedB(), y2024.ratedC(), y2024.ratedD())).containsExactly(1L, 1L, 0L,
				0L);
	}

	@Test
	void beneficiaryCountsUnderFiveAreSuppressedBeforeTheyReachThePage() throws Exception {
		Map<String, Object> model = model("year=2024");
		BeneficiaryFigures figures = beneficiaries(model);
		BeneficiaryFigures.Line children = line(figures.byAge(), "AGE_6_11");
		assertThat(children.women().value()).as("4 girls").isNull();
		assertThat(children.men().value()).as("3 boys").isNull();
		assertThat(children.all().value()).isEqualTo(7);
		assertThat(line(figures.byAge(), "AGE_12_17").men().value()).isEqualTo(5);
		assertThat(figures.byDisability()).as("the type is encrypted: with or without only")
			.extracting(BeneficiaryFigures.Line::key)
			.containsExactly("ANY", "NONE");
		assertThat(line(figures.byDisability(), "ANY").all().suppressed()).isTrue();
		assertThat(line(figures.byDisability(), "NONE").all().value()).isEqualTo(13);
		assertThat(figures.total().women().value()).isEqualTo(6);
		assertThat(figures.total().men().value()).isEqualTo(8);

		Document page = page("year=2024");
		assertThat(page.select("#beneficiaries-age-table tr[data-key=AGE_6_11] td").eachText()).containsExactly("< 5",
				"< 5", "7");
		assertThat(page.select("#beneficiaries-age-table tr[data-key=AGE_60_PLUS] td").eachText())
			.containsExactly("< 5", "< 5", "< 5");
		assertThat(page.select("#beneficiaries-disability-table tr[data-key=NONE] td").eachText()).containsExactly("5",
				"8", "13");
		assertThat(page.select("#beneficiaries canvas").attr("data-chart")).as("the chart leaves them out")
			.contains("\"data\":[null,null,5,null,null,null]");
	}

	@Test
	void everyChartHasATableWithTheSameNumbers() throws Exception {
		Document page = page("year=2024");
		assertThat(page.select("canvas[data-chart]")).hasSize(3)
			.allSatisfy((canvas) -> assertThat(canvas.closest(".card-body").select("details table")).isNotEmpty());
		assertThat(page.select("#ratings-table tbody tr").eachText().get(3)).contains("1").contains("25,0 %");
		assertThat(page.select("#trends-table tr[data-year=2024] td").eachText()).containsExactly("2", "81,3", "1", "1",
				"0", "0");
	}

	private BeneficiaryFigures.Line line(List<BeneficiaryFigures.Line> lines, String key) {
		return lines.stream().filter((line) -> key.equals(line.key())).findFirst().orElseThrow();
	}

	private Map<String, Object> model(String query) throws Exception {
		MvcResult result = this.mvc
			.perform(get("/dashboard?organisation=" + this.world.organisation() + (query.isEmpty() ? "" : "&" + query))
				.with(user(this.auditor)))
			.andExpect(status().isOk())
			.andReturn();
		return result.getModelAndView().getModel();
	}

	private Document page(String query) throws Exception {
		String html = this.mvc
			.perform(get("/dashboard?organisation=" + this.world.organisation() + "&" + query).with(user(this.auditor)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	private static Figures figures(Map<String, Object> model) {
		return (Figures) model.get("figures");
	}

	private static List<RankingRow> ranking(Map<String, Object> model) {
		return ((Dashboard.Data) model.get("data")).ranking().getContent();
	}

	private static List<YearTrend> trends(Map<String, Object> model) {
		return ((Dashboard.Data) model.get("data")).trends();
	}

	private static BeneficiaryFigures beneficiaries(Map<String, Object> model) {
		return ((Dashboard.Data) model.get("data")).beneficiaries();
	}

}
