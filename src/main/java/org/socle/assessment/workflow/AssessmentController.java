package org.socle.assessment.workflow;

import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;
import org.socle.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The assessment page (form or read view, by state and role), saving answers one by one
 * (htmx, or a plain form post without JavaScript) and the workflow's buttons.
 */
@Controller
@RequestMapping("/assessments/{id:\\d+}")
class AssessmentController {

	static final String PAGE_VIEW = "assessment/page";

	static final String ANSWER_FRAGMENT = "assessment/page :: answerResponse";

	static final String HTMX = "HX-Request";

	private final AssessmentService service;

	private final AssessmentReader reader;

	private final MessageSource messages;

	AssessmentController(AssessmentService service, AssessmentReader reader, MessageSource messages) {
		this.service = service;
		this.reader = reader;
		this.messages = messages;
	}

	@GetMapping
	String showPage(@PathVariable long id, Model model) {
		model.addAttribute("page", this.reader.page(id));
		model.addAttribute("decisionForm", new DecisionForm());
		return PAGE_VIEW;
	}

	/**
	 * Saves one answer. With htmx the indicator's card comes back (saved, or with what
	 * was typed and the errors) with the progress; without, a redirect to the page, or
	 * the page with the card in error.
	 */
	@PostMapping("/answers/{code}")
	String saveAnswer(@PathVariable long id, @PathVariable String code, @ModelAttribute AnswerForm answerForm,
			BindingResult result, @RequestHeader(name = HTMX, required = false) String htmx, Model model,
			RedirectAttributes redirect, Locale locale) {
		Optional<Long> saved = this.service.saveAnswer(id, code, answerForm, result);
		if (saved.isPresent() && htmx == null) {
			redirect.addFlashAttribute("success", "assessment.answer.saved");
			return "redirect:/assessments/" + id + "#ind-" + code;
		}
		AssessmentPage page = this.reader.page(id);
		if (saved.isEmpty()) {
			page = page.withInput(code, answerForm, FormErrors.resolve(result, this.messages, locale));
		}
		model.addAttribute("page", page);
		model.addAttribute("decisionForm", new DecisionForm());
		if (htmx == null) {
			return PAGE_VIEW;
		}
		model.addAttribute("row", page.row(code).orElseThrow(() -> new NotFoundException("Indicator", code)));
		model.addAttribute("justSaved", saved.isPresent());
		return ANSWER_FRAGMENT;
	}

	@PostMapping("/metrics")
	String refreshMetrics(@PathVariable long id, RedirectAttributes redirect) {
		this.service.refreshMetrics(id);
		redirect.addFlashAttribute("success", "assessment.metrics.refreshed");
		return "redirect:/assessments/" + id;
	}

	@PostMapping("/submit")
	String submit(@PathVariable long id, @Valid @ModelAttribute DecisionForm decisionForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return decide(id, result, model, redirect, () -> this.service.submit(id, decisionForm.getVersion()),
				"assessment.submitted", "/assessments/" + id);
	}

	@PostMapping("/take")
	String take(@PathVariable long id, @Valid @ModelAttribute DecisionForm decisionForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return decide(id, result, model, redirect, () -> this.service.take(id, decisionForm.getVersion()),
				"assessment.taken", "/assessments/" + id);
	}

	@PostMapping("/validate")
	String validate(@PathVariable long id, @Valid @ModelAttribute DecisionForm decisionForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return decide(id, result, model, redirect,
				() -> this.service.validate(id, decisionForm.getVersion(), decisionForm.getComment()),
				"assessment.validated", "/assessments/" + id + "/score");
	}

	/** Returning needs a comment: without one the page comes back with the error. */
	@PostMapping("/return")
	String returnToEditor(@PathVariable long id, @Valid @ModelAttribute DecisionForm decisionForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (decisionForm.getComment() == null) {
			result.rejectValue("comment", "assessment.return.commentRequired");
		}
		return decide(id, result, model, redirect,
				() -> this.service.returnToEditor(id, decisionForm.getVersion(), decisionForm.getComment()),
				"assessment.returned", "/assessments/" + id);
	}

	/**
	 * Runs a change of status unless the form has errors (the page comes back with them);
	 * when submission requirements are not met, back to what is missing.
	 */
	private String decide(long id, BindingResult result, Model model, RedirectAttributes redirect, Runnable decision,
			String doneMessage, String donePath) {
		if (result.hasErrors()) {
			return pageWithDecisionErrors(id, model);
		}
		try {
			decision.run();
		}
		catch (AssessmentService.SubmissionBlocked ex) {
			redirect.addFlashAttribute("warning", "assessment.submit.blocked");
			return "redirect:/assessments/" + id + "#problems";
		}
		redirect.addFlashAttribute("success", doneMessage);
		return "redirect:" + donePath;
	}

	private String pageWithDecisionErrors(long id, Model model) {
		model.addAttribute("page", this.reader.page(id));
		return PAGE_VIEW;
	}

}
