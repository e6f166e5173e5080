package org.socle.assessment.score;

import java.util.List;
import java.util.Map;

import org.socle.assessment.workflow.AssessmentPage;
import org.socle.assessment.workflow.AssessmentReader;
import org.socle.assessment.workflow.ContradictionReview;

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

	private static final String HTMX = "HX-Request";

	private final AssessmentReader reader;

	private final ScoreSimulator simulator;

	private final ContradictionReview contradictions;

	ScoreController(AssessmentReader reader, ScoreSimulator simulator, ContradictionReview contradictions) {
		this.reader = reader;
		this.simulator = simulator;
		this.contradictions = contradictions;
	}

	/**
	 * @param raise indicators to raise by one level in the simulator; with htmx only the
	 * simulation comes back
	 */
	@GetMapping("/score")
	String showScore(@PathVariable long id, @RequestParam(name = "raise", required = false) List<String> raise,
			@RequestHeader(name = HTMX, required = false) String htmx, Model model) {
		AssessmentPage page = this.reader.page(id);
		model.addAttribute("page", page);
		model.addAttribute("simulation", this.simulator.simulate(page, raise));
		if (htmx != null) {
			return SIMULATION_FRAGMENT;
		}
		model.addAttribute("topFive", this.simulator.topImprovements(page));
		model.addAttribute("contradictions", this.contradictions.forScore(page));
		model.addAttribute("notApplicable", page.notApplicableIndicators());
		return SCORE_VIEW;
	}

	@GetMapping(path = "/score.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> showScoreJson(@PathVariable long id) {
		return ScoreJson.of(this.reader.page(id));
	}

}
