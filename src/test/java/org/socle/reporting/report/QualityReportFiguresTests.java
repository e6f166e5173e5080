package org.socle.reporting.report;

import java.math.BigDecimal;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;
import org.socle.reporting.dashboard.AgeGroup;
import org.socle.reporting.report.OperationalFigures.Line;
import org.socle.reporting.report.PeerBenchmark.Figure;
import org.socle.reporting.report.PeerBenchmark.Group;
import org.socle.reporting.report.PeerBenchmark.Kind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The report's figures against {@link ReportFixtures}, worked out by hand at the end of
 * 2013:
 * <ul>
 * <li>counted peers (active, latest validated assessment validated in 2012 or 2013): the
 * subject 60, pair 1 70 (its 2014 assessment comes after the date), pair 2 80, pair 3 40
 * (its latest, not its 10 of 2012), pair 4 90 in CHILDREN; pairs 5 (50) and 6 (55) in
 * ELDERLY; not the establishment validated in 2011, nor the closed one;</li>
 * <li>CHILDREN: 40 60 70 80 90, five establishments: shown, lower quartile 60, median 70,
 * upper quartile 80 (percentile_cont: positions 1, 2 and 3 of 0 to 4);</li>
 * <li>region MA-05: the subject and pairs 1 to 3, four establishments: hidden;</li>
 * <li>nationally: 40 50 55 60 70 80 90, seven: positions 1.5, 3 and 4.5 of 0 to 6, so 50
 * + (55 − 50) / 2 = 52.5, 60 and 70 + (80 − 70) / 2 = 75;</li>
 * <li>D1 (pairs 5 and 6 have none): 30 50 60 80 90 in CHILDREN and nationally: 50, 60,
 * 80; D2: the subject alone, hidden.</li>
 * </ul>
 */
@SocleTest
class QualityReportFiguresTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	ReportFixtures fixtures;

	ReportFixtures.World world;

	SocleUser auditor;

	@BeforeEach
	void world() {
		this.world = this.fixtures.world();
		this.auditor = this.identity.auditor();
	}

	@Test
	void peerBenchmarkQuartilesByCategoryRegionAndCountry() throws Exception {
		PeerBenchmark peers = report().peers();
		assertThat(peers.groups()).extracting(Group::kind).containsExactly(Kind.CATEGORY, Kind.REGION, Kind.NATIONAL);
		assertFigure(group(peers, Kind.CATEGORY).overall(), 5, "60.0", "70.0", "80.0");
		assertFigure(group(peers, Kind.NATIONAL).overall(), 7, "52.5", "60.0", "75.0");
		assertThat(group(peers, Kind.CATEGORY).domain("D1")).get()
			.satisfies((d1) -> assertFigure(d1, 5, "50.0", "60.0", "80.0"));
		assertThat(group(peers, Kind.NATIONAL).domain("D1")).get()
			.satisfies((d1) -> assertFigure(d1, 5, "50.0", "60.0", "80.0"));
	}

	@Test
	void groupsOfFourAreHiddenGroupsOfFiveShown() throws Exception {
		PeerBenchmark peers = report().peers();
		Figure region = group(peers, Kind.REGION).overall();
		assertThat(region.size()).isEqualTo(4);
		assertThat(region.isShown()).isFalse();
		assertThat(List.of(region)).extracting(Figure::lowerQuartile, Figure::median, Figure::upperQuartile)
			.containsOnly(org.assertj.core.groups.Tuple.tuple(null, null, null));
		assertThat(group(peers, Kind.REGION).domain("D1").get().isShown()).isFalse();
		assertThat(group(peers, Kind.CATEGORY).domain("D2").get().size()).isEqualTo(1);
		assertThat(group(peers, Kind.CATEGORY).domain("D2").get().isShown()).isFalse();
		assertThat(group(peers, Kind.CATEGORY).overall().isShown()).as("five").isTrue();

		Document page = page("");
		assertThat(page.select("#peer-CATEGORY .peer-size").text()).isEqualTo("5");
		assertThat(page.select("#peer-CATEGORY .peer-median").text()).isEqualTo("70,0");
		assertThat(page.select("#peer-NATIONAL .peer-q1").text()).isEqualTo("52,5");
		assertThat(page.select("#peer-REGION .peer-size").text()).isEqualTo("4");
		assertThat(page.select("#peer-REGION .peer-median")).isEmpty();
		assertThat(page.select("#peer-REGION .peer-hidden").text()).startsWith("Moins de 5 établissements");
	}

	@Test
	void latestScoreItsBandAndTheEvolution() throws Exception {
		QualityReport report = report();
		assertThat(report.history()).extracting((score) -> score.score().toPlainString())
			.as("the 2014 assessment is after the date")
			.containsExactly("45.0", "60.0");
		QualityReport.Assessed latest = report.assessed().orElseThrow();
		assertThat(latest.score().assessmentId()).isEqualTo(this.world.latest());
		assertThat(latest.band().from()).isEqualTo(60);
		assertThat(latest.band().next()).isEqualTo(85);
		assertThat(latest.band().below()).isEqualByComparingTo("25.0");
		assertThat(report.historyDomainCodes()).containsExactly("D1", "D2");

		Document page = page("");
		assertThat(page.select("#overall-score").text()).isEqualTo("60,0");
		assertThat(page.select("#data-date").text()).contains("31/12/2013");
		assertThat(page.select("#evolution-table tbody tr")).hasSize(2);
		assertThat(page.select("#evolution-table tbody tr").get(0).text()).contains("45,0").contains("40,0");
		assertThat(page.select("#domains svg polygon")).as("rings and series").isNotEmpty();
		assertThat(page.select("#evolution svg path")).hasSize(3);
	}

	@Test
	void actionPlanAtTheDate() throws Exception {
		ActionPlanStatus actions = report().assessed().orElseThrow().actions();
		assertThat(actions.total()).isEqualTo(5);
		assertThat(actions.open()).as("open and in progress").isEqualTo(2);
		assertThat(actions.overdue()).isEqualTo(1);
		assertThat(actions.doneOnTime()).isEqualTo(1);
		assertThat(actions.doneLate()).isEqualTo(1);
		assertThat(actions.dropped()).isEqualTo(1);
		assertThat(page("").select("#actions-overdue").text()).isEqualTo("1");
	}

	@Test
	void operationalFiguresAtTheDate() throws Exception {
		OperationalFigures figures = report().figures();
		assertThat(figures.active()).isEqualTo(4);
		assertThat(figures.capacity()).isEqualTo(10);
		assertThat(figures.occupancy()).isEqualByComparingTo("40.0");
		assertThat(figures.careStaff()).isEqualTo(2);
		assertThat(figures.staffRatio()).isEqualByComparingTo("2.0");
		assertThat(figures.byAge()).extracting(Line::group, Line::women, Line::men, Line::all)
			.contains(org.assertj.core.groups.Tuple.tuple(AgeGroup.AGE_0_5, 2L, 0L, 2L),
					org.assertj.core.groups.Tuple.tuple(AgeGroup.AGE_6_11, 0L, 1L, 1L),
					org.assertj.core.groups.Tuple.tuple(AgeGroup.AGE_12_17, 0L, 1L, 1L),
					org.assertj.core.groups.Tuple.tuple(AgeGroup.AGE_18_24, 0L, 0L, 0L));
		assertThat(List.of(figures.total().women(), figures.total().men())).containsExactly(2L, 2L);
		Document page = page("");
		assertThat(page.select("#figure-occupancy").text()).isEqualTo("40,0 %");
		assertThat(page.select("#age-total").text()).contains("2 2 4");
	}

	@Test
	void beforeAnyValidationAClearNoticeAndTheFigures() throws Exception {
		Document page = Jsoup.parse(this.mvc
			.perform(
					get("/establishments/" + this.world.subject() + "/report?date=2012-01-01").with(user(this.auditor)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("#no-assessment").text()).contains("aucune évaluation validée");
		assertThat(page.select("#summary, #peers, #domains")).isEmpty();
		assertThat(page.select("#figure-active").text()).isEqualTo("0");
		assertThat(page.select("#figure-capacity").text()).isEqualTo("10");
	}

	private static void assertFigure(Figure figure, long size, String q1, String median, String q3) {
		assertThat(figure.size()).isEqualTo(size);
		assertThat(figure.lowerQuartile()).isEqualByComparingTo(new BigDecimal(q1));
		assertThat(figure.median()).isEqualByComparingTo(new BigDecimal(median));
		assertThat(figure.upperQuartile()).isEqualByComparingTo(new BigDecimal(q3));
	}

	private static Group group(PeerBenchmark peers, Kind kind) {
		return peers.groups().stream().filter((group) -> group.kind() == kind).findFirst().orElseThrow();
	}

	private QualityReport report() throws Exception {
		return (QualityReport) result("").getModelAndView().getModel().get("report");
	}

	private Document page(String query) throws Exception {
		return Jsoup.parse(result(query).getResponse().getContentAsString());
	}

	private MvcResult result(String query) throws Exception {
		return this.mvc
			.perform(get("/establishments/" + this.world.subject() + "/report?date=2013-12-31" + query)
				.with(user(this.auditor)))
			.andExpect(status().isOk())
			.andReturn();
	}

}
