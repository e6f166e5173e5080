package org.socle.assessment.workflow;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.socle.assessment.evidence.EvidenceRow;
import org.socle.shared.NotFoundException;
import org.socle.shared.web.RenderedViews;
import org.socle.shared.web.Urls;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The assessment page (form or read view, by state and role), saving answers one by one
 * (the page's autosave, or a plain form post without JavaScript) and the workflow's
 * buttons.
 */
@Controller
@RequestMapping("/assessments/{id:\\d+}")
class AssessmentController {

	static final String PAGE_VIEW = "assessment/page";

	/** The page's body, kept by {@link RenderedViews}. */
	static final String BODY = "assessment/page :: formBody";

	static final String ANSWER_FRAGMENT = "assessment/page :: answerResponse";

	/** The header of the page's autosave requests. */
	static final String AUTOSAVE = "X-Autosave";

	/** The autosave's outcome: saved, invalid or conflict. */
	static final String AUTOSAVE_OUTCOME = "X-Autosave-Outcome";

	private final AssessmentService service;

	private final AssessmentReader reader;

	private final MessageSource messages;

	private final ContradictionReview contradictions;

	private final RenderedViews views;

	private final KeptAssessmentPages keptPages;

	AssessmentController(AssessmentService service, AssessmentReader reader, MessageSource messages,
			ContradictionReview contradictions, RenderedViews views, KeptAssessmentPages keptPages) {
		this.service = service;
		this.reader = reader;
		this.messages = messages;
		this.contradictions = contradictions;
		this.views = views;
		this.keptPages = keptPages;
	}

	/**
	 * The page; {@code unanswered=true} shows only the indicators still to answer. The
	 * page's data is kept per user under the versions of what it and its access check
	 * read ({@link KeptAssessmentPages}), and its body (166 KB for 34 indicators)
	 * rendered once per node for what it shows: the data is the key, so an answer, a
	 * version, a piece of evidence or a contradiction changed on any node gives another
	 * body and nothing is ever invalidated. A rejected upload, shown once, is rendered
	 * for itself.
	 */
	@GetMapping
	String showPage(@PathVariable long id, @RequestParam(defaultValue = "false") boolean unanswered, Model model,
			Locale locale) {
		KeptAssessmentPages.Shown kept = this.keptPages.page(id, unanswered, locale, BodyKey::of);
		AssessmentPage shown = kept.page();
		ContradictionsView contradictions = kept.contradictions();
		model.addAttribute("page", shown);
		model.addAttribute("contradictions", contradictions);
		model.addAttribute("unansweredOnly", unanswered);
		model.addAttribute("decisionForm", new DecisionForm());
		if (!model.containsAttribute("evidenceError")) {
			model.addAttribute("body", this.views.htmlWithForms(kept.bodyKey(), BODY, model::asMap));
		}
		return PAGE_VIEW;
	}

	/**
	 * Saves one answer. The page's autosave gets the parts of the indicator's card that
	 * change (state, version, problems) and the status panel, with the outcome in a
	 * header, and never replaces the inputs being typed in; without JavaScript, a
	 * redirect to the page, or the page with the card in error.
	 */
	@PostMapping("/answers/{code}")
	String saveAnswer(@PathVariable long id, @PathVariable String code, @ModelAttribute AnswerForm answerForm,
			BindingResult result, @RequestHeader(name = AUTOSAVE, required = false) String autosave, Model model,
			RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
		Optional<Long> saved = this.service.saveAnswer(id, code, answerForm, result);
		if (saved.isPresent() && autosave == null) {
			redirect.addFlashAttribute("success", "assessment.answer.saved");
			return "redirect:/assessments/" + id + "#ind-" + Urls.fragment(code);
		}
		AssessmentPage page = this.reader.page(id);
		if (saved.isEmpty()) {
			page = page.withInput(code, answerForm, FormErrors.resolve(result, this.messages, locale));
		}
		model.addAttribute("page", page);
		model.addAttribute("decisionForm", new DecisionForm());
		if (autosave == null) {
			model.addAttribute("contradictions", this.contradictions.forPage(page));
			return PAGE_VIEW;
		}
		response.setHeader(AUTOSAVE_OUTCOME,
				saved.isPresent() ? "saved" : (FormErrors.isConcurrentEdit(result) ? "conflict" : "invalid"));
		model.addAttribute("row", page.row(code).orElseThrow(() -> new NotFoundException("Indicator", code)));
		return ANSWER_FRAGMENT;
	}

	@PostMapping("/metrics")
	String refreshMetrics(@PathVariable long id, RedirectAttributes redirect) {
		this.service.refreshMetrics(id);
		redirect.addFlashAttribute("success", "assessment.metrics.refreshed");
		return "redirect:/assessments/" + id;
	}

	/**
	 * Submits, after storing the answers the page sends along; when one of them cannot be
	 * stored the page comes back with what was typed and why.
	 */
	@PostMapping("/submit")
	String submit(@PathVariable long id, @Valid @ModelAttribute SubmitForm submitForm, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		if (result.hasErrors()) {
			return pageWithDecisionErrors(id, model);
		}
		Map<String, Errors> rejected;
		try {
			rejected = this.service.submit(id, submitForm.getVersion(), submitForm.getAnswers());
		}
		catch (AssessmentService.SubmissionBlocked ex) {
			return blocked(id, redirect);
		}
		if (rejected.isEmpty()) {
			redirect.addFlashAttribute("success", "assessment.submitted");
			return "redirect:/assessments/" + id;
		}
		AssessmentPage page = this.reader.page(id);
		for (Map.Entry<String, Errors> answer : rejected.entrySet()) {
			page = page.withInput(answer.getKey(), submitForm.getAnswers().get(answer.getKey()),
					FormErrors.resolve(answer.getValue(), this.messages, locale));
		}
		model.addAttribute("page", page);
		model.addAttribute("contradictions", this.contradictions.forPage(page));
		model.addAttribute("decisionForm", new DecisionForm());
		model.addAttribute("warning", "assessment.submit.answersRejected");
		return PAGE_VIEW;
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
		// blank beyond what trimming removes (U+2028 and other Unicode spaces)
		if (decisionForm.getComment() == null || decisionForm.getComment().isBlank()) {
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
		this.service.requireDecider(id);
		if (result.hasErrors()) {
			return pageWithDecisionErrors(id, model);
		}
		try {
			decision.run();
		}
		catch (AssessmentService.SubmissionBlocked ex) {
			return blocked(id, redirect);
		}
		redirect.addFlashAttribute("success", doneMessage);
		return "redirect:" + donePath;
	}

	private static String blocked(long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("warning", "assessment.submit.blocked");
		return "redirect:/assessments/" + id + "#problems";
	}

	private String pageWithDecisionErrors(long id, Model model) {
		AssessmentPage page = this.reader.page(id);
		model.addAttribute("page", page);
		model.addAttribute("contradictions", this.contradictions.forPage(page));
		return PAGE_VIEW;
	}

	/**
	 * Everything the page's body shows, so that equal keys give the same HTML, compared
	 * at a fraction of the cost of the whole page (the standard's texts and trees): the
	 * header holds the standard's published version and the category, which fix the tree
	 * (ScoringTrees: a published version never changes), and each indicator shown its
	 * answer as the form shows it, its metric snapshot and evidence, from which with the
	 * tree every result and score of the page follows.
	 */
	private record BodyKey(AssessmentPage.Header header, List<RowKey> rows, AssessmentPage.Progress progress,
			List<AssessmentPage.EventRow> events, Optional<AssessmentPage.EventRow> lastReturn,
			ContradictionsView contradictions, boolean unansweredOnly, Locale locale) {

		static BodyKey of(AssessmentPage page, ContradictionsView contradictions, boolean unansweredOnly,
				Locale locale) {
			return new BodyKey(page.header(), page.indicators().map(RowKey::of).toList(), page.progress(),
					page.events(), page.lastReturn(), contradictions, unansweredOnly, locale);
		}

	}

	private record RowKey(String code, AnswerForm form, Map<String, List<String>> errors,
			AssessmentPage.Snapshot snapshot, List<EvidenceRow> evidence) {

		static RowKey of(AssessmentPage.IndicatorRow row) {
			return new RowKey(row.code(), row.form(), row.errors(), row.snapshot(), row.evidence());
		}

	}

}
