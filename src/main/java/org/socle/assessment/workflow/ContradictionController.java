package org.socle.assessment.workflow;

import java.util.Locale;

import jakarta.validation.Valid;
import org.socle.shared.web.ConcurrentEdits;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reviewer's decision on a contradiction between a declared answer and the records. A
 * missing decision or a decision recorded in between brings the page back with what was
 * typed and why.
 */
@Controller
class ContradictionController {

	private final ContradictionReview review;

	private final AssessmentService workflow;

	private final AssessmentReader reader;

	private final MessageSource messages;

	ContradictionController(ContradictionReview review, AssessmentService workflow, AssessmentReader reader,
			MessageSource messages) {
		this.review = review;
		this.workflow = workflow;
		this.reader = reader;
		this.messages = messages;
	}

	@PostMapping("/assessments/{id:\\d+}/contradictions/{contradictionId:\\d+}")
	String decide(@PathVariable long id, @PathVariable long contradictionId,
			@Valid @ModelAttribute("contradictionForm") ContradictionDecisionForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		this.workflow.requireDecider(id);
		if (!result.hasErrors() && ConcurrentEdits.saved(
				() -> this.review.decide(id, contradictionId, form.getVersion(), form.getDecision(), form.getComment()),
				result, form::setVersion)) {
			redirect.addFlashAttribute("success", "contradiction.decided");
			return "redirect:/assessments/" + id + "#contradictions";
		}
		AssessmentPage page = this.reader.page(id);
		model.addAttribute("page", page);
		model.addAttribute("decisionForm", new DecisionForm());
		model.addAttribute("contradictions", this.review.forPage(page));
		model.addAttribute("contradictionFormId", contradictionId);
		model.addAttribute("contradictionErrors", FormErrors.resolve(result, this.messages, locale));
		return AssessmentController.PAGE_VIEW;
	}

}
