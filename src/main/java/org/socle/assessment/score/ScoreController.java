package org.socle.assessment.score;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.socle.assessment.workflow.AssessmentPage;
import org.socle.assessment.workflow.AssessmentReader;
import org.socle.assessment.workflow.ContradictionReview;
import org.socle.assessment.workflow.ContradictionsView;
import org.socle.assessment.workflow.ScoreContent;
import org.socle.shared.web.RenderedViews;

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

	static final String BODY = "assessment/score-body :: body";

	static final String SIMULATION_FRAGMENT = "assessment/score-body :: simulation";

	private static final String HTMX = "HX-Request";

	private final AssessmentReader reader;

	private final ScoreSimulator simulator;

	private final ContradictionReview contradictions;

	private final RenderedViews views;

	ScoreController(AssessmentReader reader, ScoreSimulator simulator, ContradictionReview contradictions,
			RenderedViews views) {
		this.reader = reader;
		this.simulator = simulator;
		this.contradictions = contradictions;
		this.views = views;
	}

	/**
	 * The body is a function of the assessment's content (read after the access check),
	 * the contradictions kept at its submission and the language: it is rendered once per
	 * node for equal values of them and kept (at national scale its 94 KB took most of
	 * the page's CPU to write, docs/performance.md). Equal values give the same HTML, so
	 * a change written by any node (an answer, a comment, evidence, a decision, a status)
	 * gives another key on every node and there is nothing to invalidate. The body holds
	 * nothing of the user beyond what the content's header says they may do, and no form
	 * that posts. A simulation without JavaScript ({@code raise}) is rendered each time.
	 * @param raise indicators to raise by one level in the simulator; with htmx only the
	 * simulation comes back
	 */
	@GetMapping("/score")
	String showScore(@PathVariable long id, @RequestParam(name = "raise", required = false) List<String> raise,
			@RequestHeader(name = HTMX, required = false) String htmx, Locale locale, Model model) {
		ScoreContent content = this.reader.scoreContent(id);
		model.addAttribute("header", content.header());
		if (htmx != null) {
			AssessmentPage page = this.reader.scorePage(content);
			model.addAttribute("page", page);
			model.addAttribute("simulation", this.simulator.simulate(page, raise));
			return SIMULATION_FRAGMENT;
		}
		ContradictionsView contradictions = this.contradictions.forScore(content.header());
		if (raise != null && !raise.isEmpty()) {
			body(content, contradictions, raise, model);
			return SCORE_VIEW;
		}
		BodyKey key = new BodyKey(content, contradictions, locale);
		model.addAttribute("body", this.views.html(key, BODY, () -> body(content, contradictions, null, model)));
		return SCORE_VIEW;
	}

	private Map<String, Object> body(ScoreContent content, ContradictionsView contradictions, List<String> raise,
			Model model) {
		AssessmentPage page = this.reader.scorePage(content);
		model.addAttribute("page", page);
		model.addAttribute("simulation", this.simulator.simulate(page, raise));
		model.addAttribute("topFive", this.simulator.topImprovements(page));
		model.addAttribute("contradictions", contradictions);
		model.addAttribute("notApplicable", page.notApplicableIndicators());
		return model.asMap();
	}

	@GetMapping(path = "/score.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> showScoreJson(@PathVariable long id) {
		return ScoreJson.of(this.reader.scorePage(this.reader.scoreContent(id)));
	}

	/** Everything the score page's body varies by. */
	private record BodyKey(ScoreContent content, ContradictionsView contradictions, Locale locale) {
	}

}
