package org.socle.assessment;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.socle.assessment.scoring.Improvement;
import org.socle.assessment.scoring.ImprovementSimulator;
import org.socle.assessment.scoring.IndicatorResult;
import org.socle.assessment.scoring.ScoreReport;
import org.socle.standard.IndicatorView;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The score page (rating, domains, caps, the explanation tree, the simulator) and the
 * same explanation as JSON.
 */
@Controller
@RequestMapping("/assessments/{id:\\d+}")
class ScoreController {

	static final String SCORE_VIEW = "assessment/score";

	static final String SIMULATION_FRAGMENT = "assessment/score :: simulation";

	static final int TOP = 5;

	private final AssessmentReader reader;

	ScoreController(AssessmentReader reader) {
		this.reader = reader;
	}

	/**
	 * @param raise indicators to raise by one level in the simulator; codes that are not
	 * answered indicators of this assessment are ignored
	 */
	@GetMapping("/score")
	String showScore(@PathVariable long id, @RequestParam(name = "raise", required = false) List<String> raise,
			@RequestHeader(name = AssessmentController.HTMX, required = false) String htmx, Model model) {
		AssessmentPage page = this.reader.page(id);
		model.addAttribute("page", page);
		model.addAttribute("simulation", simulate(page, raise));
		if (htmx != null) {
			return SIMULATION_FRAGMENT;
		}
		AssessmentScorer.Scored scored = page.scored();
		model.addAttribute("topFive",
				ImprovementSimulator.topImprovements(scored.applicable().tree(), scored.answers(), TOP));
		Set<String> applicable = page.indicators()
			.map(AssessmentPage.IndicatorRow::code)
			.collect(java.util.stream.Collectors.toSet());
		model.addAttribute("notApplicable",
				scored.applicable()
					.full()
					.indicators()
					.filter((indicator) -> !applicable.contains(indicator.code()))
					.toList());
		return SCORE_VIEW;
	}

	@GetMapping(path = "/score.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> showScoreJson(@PathVariable long id) {
		return ScoreJson.of(this.reader.page(id));
	}

	static Simulation simulate(AssessmentPage page, List<String> raise) {
		Set<String> codes = new LinkedHashSet<>();
		if (raise != null) {
			page.report()
				.indicators()
				.filter((indicator) -> indicator.status() == IndicatorResult.Status.ANSWERED)
				.map(IndicatorResult::code)
				.filter(raise::contains)
				.forEach(codes::add);
		}
		if (codes.isEmpty()) {
			return new Simulation(codes, Optional.empty());
		}
		AssessmentScorer.Scored scored = page.scored();
		return new Simulation(codes,
				Optional.of(ImprovementSimulator.raise(scored.applicable().tree(), scored.answers(), codes)));
	}

	/** The indicators raised and the report with them raised (when any). */
	record Simulation(Set<String> raised, Optional<ScoreReport> report) {

		public boolean isRaised(String code) {
			return this.raised.contains(code);
		}

	}

}
