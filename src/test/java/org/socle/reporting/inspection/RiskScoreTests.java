package org.socle.reporting.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.assessment.OpenContradictions;
import org.socle.identity.IdentityFixtures;
import org.socle.shared.export.ExportFiles;
import org.socle.shared.web.Formats;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.socle.reporting.inspection.RiskFactor.AUTHORISATION_EXPIRED;
import static org.socle.reporting.inspection.RiskFactor.AUTHORISATION_MISSING;
import static org.socle.reporting.inspection.RiskFactor.HEALTH_COVER_DROP;
import static org.socle.reporting.inspection.RiskFactor.NOT_ASSESSED_12_MONTHS;
import static org.socle.reporting.inspection.RiskFactor.NOT_ASSESSED_24_MONTHS;
import static org.socle.reporting.inspection.RiskFactor.OPEN_CONTRADICTIONS;
import static org.socle.reporting.inspection.RiskFactor.OVERDUE_ACTIONS;
import static org.socle.reporting.inspection.RiskFactor.OVER_CAPACITY;
import static org.socle.reporting.inspection.RiskFactor.OVER_CAPACITY_LASTING;
import static org.socle.reporting.inspection.RiskFactor.RATED_C;
import static org.socle.reporting.inspection.RiskFactor.RATED_D;
import static org.socle.reporting.inspection.RiskFactor.RATING_CAPPED;
import static org.socle.reporting.inspection.RiskFactor.SCORE_FALLING;
import static org.socle.reporting.inspection.RiskFactor.STAFF_RATIO_DROP;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The risk score and its explanation against the hand-computed {@link InspectionFixtures}
 * (default weights of V103 and V106), each factor applying and not applying, and weights
 * changing the ranking.
 */
@SocleTest
class RiskScoreTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	InspectionFixtures fixtures;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Formats formats;

	@Autowired
	Clock clock;

	@Autowired
	OpenContradictions openContradictions;

	InspectionFixtures.World world;

	Map<String, Integer> defaults;

	@BeforeEach
	void world() {
		this.world = this.fixtures.world();
		this.defaults = this.jdbc.queryForList("SELECT factor, weight FROM inspection_risk_weight")
			.stream()
			.collect(Collectors.toMap((row) -> (String) row.get("factor"), (row) -> (Integer) row.get("weight")));
	}

	@AfterEach
	void defaultWeights() {
		this.defaults.forEach((factor, weight) -> this.jdbc
			.update("UPDATE inspection_risk_weight SET weight = ? WHERE factor = ?", weight, factor));
	}

	/**
	 * The risky home, today: expired authorisation (20) + 5 present for 4 places (15) +
	 * over capacity from 200 days ago to today included, 201 days ≥ 90 (10) + latest
	 * rating D (20) + 70.0 → 45.0, down 25 ≥ 10 (10) + a cap (10) + one action overdue
	 * (10) + last validated 400 days ago, within 24 months but not 12 (10) + care staff
	 * per person 2/4 = 0.5 a year ago, 1/5 = 0.2 today, 0.2 ≤ 0.75 × 0.5 (10) + health
	 * cover 100 % recorded 410 days ago, 0 % today, 0 ≤ 100 − 10 (10) = 125. The
	 * authorisation is not missing (expired instead), the rating is not C, and the home
	 * was assessed within 24 months: those three add 0.
	 */
	@Test
	void theRiskyHomesScoreIsTheSumOfItsReasons() throws Exception {
		InspectionPlan.Explanation explanation = explain(this.world.risky());
		LocalDate today = LocalDate.now(this.clock);

		assertThat(explanation.row().riskScore()).isEqualTo(125);
		assertThat(explanation.total()).isEqualTo(125);
		assertThat(points(explanation)).containsExactlyInAnyOrderEntriesOf(Map.of(AUTHORISATION_EXPIRED, 20,
				OVER_CAPACITY, 15, OVER_CAPACITY_LASTING, 10, RATED_D, 20, SCORE_FALLING, 10, RATING_CAPPED, 10,
				OVERDUE_ACTIONS, 10, NOT_ASSESSED_12_MONTHS, 10, STAFF_RATIO_DROP, 10, HEALTH_COVER_DROP, 10));
		assertThat(applying(explanation)).doesNotContain(AUTHORISATION_MISSING, RATED_C, NOT_ASSESSED_24_MONTHS);
		assertThat(explanation.lines()).hasSize(RiskFactor.values().length);
		assertThat(explanation.row().daysOverCapacity()).isEqualTo(201);
		assertThat(explanation.row().reasons().get(0).points()).isEqualTo(20);

		this.mvc.perform(get("/inspections/establishments/" + this.world.risky()).with(user(this.identity.auditor())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("5 bénéficiaires présents pour 4 places")))
			.andExpect(content().string(containsString("201 jours au-delà de la capacité")))
			.andExpect(content().string(containsString("de 70.0 à 45.0")))
			.andExpect(content().string(containsString("expirée le " + this.formats.date(today.minusDays(30)))))
			.andExpect(content().string(containsString(
					"personnel qualifié pour les bénéficiaires : 2 pour 4 il y a 12 mois ; 1 pour 5 aujourd’hui")))
			.andExpect(content()
				.string(containsString("100.0 % à l’évaluation du " + this.formats.date(today.minusDays(410)))))
			.andExpect(content()
				.string(containsString("dernière validation le " + this.formats.date(today.minusDays(400)))))
			.andExpect(content().string(containsString("<td class=\"text-end fw-bold\"><bdi>125</bdi></td>")));
	}

	/** The calm home: nothing applies, 0. */
	@Test
	void noReasonNoRisk() throws Exception {
		InspectionPlan.Explanation explanation = explain(this.world.calm());
		assertThat(explanation.row().riskScore()).isZero();
		assertThat(applying(explanation)).isEmpty();
		assertThat(explanation.lines()).allSatisfy((line) -> assertThat(line.points()).isZero());
	}

	/** Never assessed, no authorisation: 25 + 20 = 45; rated C 90 days ago: 10. */
	@Test
	void theOtherFactorsApplyWhereTheirRecordsSaySo() throws Exception {
		assertThat(points(explain(this.world.neverAssessed())))
			.containsExactlyInAnyOrderEntriesOf(Map.of(AUTHORISATION_MISSING, 25, NOT_ASSESSED_24_MONTHS, 20));
		assertThat(points(explain(this.world.ratedC()))).containsExactlyInAnyOrderEntriesOf(Map.of(RATED_C, 10));
		Set<RiskFactor> seen = EnumSet.noneOf(RiskFactor.class);
		for (long id : List.of(this.world.risky(), this.world.neverAssessed(), this.world.ratedC(),
				this.world.contradicted())) {
			seen.addAll(applying(explain(id)));
		}
		assertThat(seen).as("every factor applies somewhere in the fixture")
			.containsAll(EnumSet.allOf(RiskFactor.class));
	}

	/**
	 * The contradicted home: one contradiction open in its latest submitted assessment
	 * (15), the corrected one and the one of an older submission not counted, exactly as
	 * {@link OpenContradictions} counts; once the auditor finds it corrected, nothing.
	 */
	@Test
	void openContradictionsInTheLatestAssessmentRaiseTheRisk() throws Exception {
		long home = this.world.contradicted();
		InspectionPlan.Explanation explanation = explain(home);
		assertThat(points(explanation)).containsExactlyInAnyOrderEntriesOf(Map.of(OPEN_CONTRADICTIONS, 15));
		assertThat(explanation.row().openContradictions()).isEqualTo(1)
			.isEqualTo(this.openContradictions.openContradictionsByEstablishment().get(home).longValue());
		this.mvc.perform(get("/inspections/establishments/" + home).with(user(this.identity.auditor())))
			.andExpect(content().string(containsString("Déclarations contredites par les dossiers, non corrigées")))
			.andExpect(content()
				.string(containsString("contradictions non corrigées dans la dernière évaluation soumise : 1")));

		String latestOpen = """
				UPDATE assessment_contradiction c SET decision = ?, decided_by_id = ?, decided_by_name = ?, decided_at = ?
				WHERE c.rule_code = 'DIRECTOR' AND c.assessment_id = (SELECT max(a.id) FROM assessment a
				                                                      WHERE a.establishment_id = ?)
				""";
		this.jdbc.update(latestOpen, "CORRECTED", this.identity.auditor().id(), "Auditeur",
				OffsetDateTime.now(this.clock), home);
		try {
			assertThat(applying(explain(home))).isEmpty();
			assertThat(this.openContradictions.openContradictionsByEstablishment()).doesNotContainKey(home);
		}
		finally {
			this.jdbc.update(latestOpen, null, null, null, null, home);
		}
	}

	/**
	 * By default the never-assessed home (45) ranks above the one rated C (10); an admin
	 * switches off missing authorisation and old assessment, and weighs a C at 50: the C
	 * home (50) now ranks above (0).
	 */
	@Test
	void weightsChangeTheRanking() throws Exception {
		assertThat(order()).containsSubsequence("IN Foyer à risque", "IN Foyer jamais évalué", "IN Foyer moyen",
				"IN Foyer serein");

		var request = post("/admin/inspections/weights").with(user(this.identity.admin())).with(csrf());
		for (Map<String, Object> row : this.jdbc
			.queryForList("SELECT factor, weight, version FROM inspection_risk_weight")) {
			String factor = (String) row.get("factor");
			int weight = switch (factor) {
				case "AUTHORISATION_MISSING", "NOT_ASSESSED_24_MONTHS" -> 0;
				case "RATED_C" -> 50;
				default -> (Integer) row.get("weight");
			};
			request.param("weights[" + factor + "]", String.valueOf(weight))
				.param("versions[" + factor + "]", String.valueOf(row.get("version")));
		}
		this.mvc.perform(request).andExpect(status().is3xxRedirection());

		assertThat(order()).containsSubsequence("IN Foyer moyen", "IN Foyer jamais évalué");
		assertThat(explain(this.world.ratedC()).row().riskScore()).isEqualTo(50);
		assertThat(explain(this.world.neverAssessed()).row().riskScore()).isZero();
	}

	@Test
	void weightsOutOfRangeAreRefusedAndKeptAsTyped() throws Exception {
		var request = post("/admin/inspections/weights").with(user(this.identity.admin())).with(csrf());
		for (Map<String, Object> row : this.jdbc
			.queryForList("SELECT factor, weight, version FROM inspection_risk_weight")) {
			String factor = (String) row.get("factor");
			String typed = switch (factor) {
				case "RATED_D" -> "250";
				case "RATED_C" -> "-5";
				default -> String.valueOf(row.get("weight"));
			};
			request.param("weights[" + factor + "]", typed)
				.param("versions[" + factor + "]", String.valueOf(row.get("version")));
		}
		this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Un poids est un nombre entier de 0 à 100.")))
			.andExpect(content().string(containsString("value=\"250\"")))
			.andExpect(content().string(containsString("value=\"-5\"")));
		assertThat(this.jdbc.queryForObject("SELECT weight FROM inspection_risk_weight WHERE factor = 'RATED_D'",
				Integer.class))
			.isEqualTo(20);
		this.mvc.perform(get("/admin/inspections/weights").with(user(this.identity.auditor())))
			.andExpect(status().isForbidden());
	}

	/** The fixture's homes in the order of the plan's export (every page). */
	private List<String> order() throws Exception {
		byte[] csv = this.mvc
			.perform(get("/inspections/export.csv?region=" + InspectionFixtures.REGION + "&category="
					+ InspectionFixtures.CATEGORY)
				.with(user(this.identity.auditor())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return ExportFiles.csv(csv).stream().skip(1).map((row) -> row.get(1)).toList();
	}

	private InspectionPlan.Explanation explain(long establishment) throws Exception {
		return (InspectionPlan.Explanation) this.mvc
			.perform(get("/inspections/establishments/" + establishment).with(user(this.identity.auditor())))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("explanation");
	}

	private static Map<RiskFactor, Integer> points(InspectionPlan.Explanation explanation) {
		return explanation.lines()
			.stream()
			.filter(InspectionPlan.Line::applies)
			.collect(Collectors.toMap(InspectionPlan.Line::factor, InspectionPlan.Line::points));
	}

	private static Set<RiskFactor> applying(InspectionPlan.Explanation explanation) {
		return points(explanation).keySet();
	}

}
