package org.socle.standard;

import jakarta.validation.Valid;
import org.socle.shared.StaleEditException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding, editing, reordering and removing the indicators of a draft; the form is also
 * validated inline (htmx) as it is filled in.
 */
@Controller
@RequestMapping("/admin/standards/{standardId}")
class IndicatorEditorController {

	private static final String FORM_VIEW = "standard/indicator-form";

	private final StandardEditor editor;

	IndicatorEditorController(StandardEditor editor) {
		this.editor = editor;
	}

	private String formView(Model model, long standardId, long criterionId, Long indicatorId) {
		model.addAttribute("standardId", standardId);
		model.addAttribute("prefix", this.editor.indicatorPrefix(standardId, criterionId));
		String base = "/admin/standards/" + standardId;
		model.addAttribute("action", (indicatorId != null) ? base + "/indicators/" + indicatorId + "/edit"
				: base + "/criteria/" + criterionId + "/indicators/new");
		model.addAttribute("validateAction", (indicatorId != null) ? base + "/indicators/" + indicatorId + "/validate"
				: base + "/criteria/" + criterionId + "/indicators/validate");
		model.addAttribute("creating", indicatorId == null);
		model.addAttribute("answerTypes", AnswerType.values());
		model.addAttribute("directions", ThresholdDirection.values());
		model.addAttribute("metricKeys", MetricKey.values());
		model.addAttribute("units", MetricUnit.values());
		model.addAttribute("categories", ApplicableCategory.values());
		return FORM_VIEW;
	}

	@GetMapping("/criteria/{criterionId}/indicators/new")
	String showCreateForm(@PathVariable long standardId, @PathVariable long criterionId, Model model) {
		model.addAttribute("indicatorForm", this.editor.newIndicatorForm(standardId, criterionId));
		return formView(model, standardId, criterionId, null);
	}

	@PostMapping("/criteria/{criterionId}/indicators/new")
	String create(@PathVariable long standardId, @PathVariable long criterionId,
			@Valid @ModelAttribute IndicatorForm indicatorForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.editor.validateIndicator(standardId, criterionId, null, indicatorForm, result);
		if (result.hasErrors()) {
			return formView(model, standardId, criterionId, null);
		}
		this.editor.addIndicator(standardId, criterionId, indicatorForm);
		redirect.addFlashAttribute("success", "standard.node.saved");
		return EditorRedirects.toNode(standardId,
				this.editor.indicatorPrefix(standardId, criterionId) + indicatorForm.getNumber());
	}

	@PostMapping("/criteria/{criterionId}/indicators/validate")
	String validateNew(@PathVariable long standardId, @PathVariable long criterionId,
			@Valid @ModelAttribute IndicatorForm indicatorForm, BindingResult result, Model model) {
		return validated(model, standardId, criterionId, null, indicatorForm, result);
	}

	@GetMapping("/indicators/{indicatorId}/edit")
	String showEditForm(@PathVariable long standardId, @PathVariable long indicatorId, Model model) {
		model.addAttribute("indicatorForm", this.editor.indicatorForm(standardId, indicatorId));
		return formView(model, standardId, this.editor.criterionOf(standardId, indicatorId), indicatorId);
	}

	@PostMapping("/indicators/{indicatorId}/edit")
	String update(@PathVariable long standardId, @PathVariable long indicatorId,
			@Valid @ModelAttribute IndicatorForm indicatorForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		long criterionId = this.editor.criterionOf(standardId, indicatorId);
		this.editor.validateIndicator(standardId, criterionId, indicatorId, indicatorForm, result);
		if (result.hasErrors()) {
			return formView(model, standardId, criterionId, indicatorId);
		}
		try {
			this.editor.updateIndicator(standardId, indicatorId, indicatorForm);
		}
		catch (StaleEditException ex) {
			ex.reportTo(result);
			indicatorForm.setVersion(ex.getCurrentVersion());
			return formView(model, standardId, criterionId, indicatorId);
		}
		redirect.addFlashAttribute("success", "standard.node.saved");
		return EditorRedirects.toNode(standardId,
				this.editor.indicatorPrefix(standardId, criterionId) + indicatorForm.getNumber());
	}

	@PostMapping("/indicators/{indicatorId}/validate")
	String validateExisting(@PathVariable long standardId, @PathVariable long indicatorId,
			@Valid @ModelAttribute IndicatorForm indicatorForm, BindingResult result, Model model) {
		return validated(model, standardId, this.editor.criterionOf(standardId, indicatorId), indicatorId,
				indicatorForm, result);
	}

	@PostMapping("/indicators/{indicatorId}/move")
	String move(@PathVariable long standardId, @PathVariable long indicatorId, @RequestParam String direction) {
		this.editor.moveIndicator(standardId, indicatorId, "up".equals(direction));
		return EditorRedirects.toEditor(standardId);
	}

	@GetMapping("/indicators/{indicatorId}/delete")
	String confirmDelete(@PathVariable long standardId, @PathVariable long indicatorId, Model model) {
		model.addAttribute("deletion", this.editor.indicatorDeletion(standardId, indicatorId));
		model.addAttribute("action", "/admin/standards/" + standardId + "/indicators/" + indicatorId + "/delete");
		model.addAttribute("back", "/admin/standards/" + standardId + "/edit");
		return DomainEditorController.CONFIRM_DELETE_VIEW;
	}

	@PostMapping("/indicators/{indicatorId}/delete")
	String delete(@PathVariable long standardId, @PathVariable long indicatorId, @RequestParam long version,
			RedirectAttributes redirect) {
		this.editor.deleteIndicator(standardId, indicatorId, version);
		redirect.addFlashAttribute("success", "standard.node.deleted");
		return EditorRedirects.toEditor(standardId);
	}

	/** The form re-rendered with the errors about wrong values only; nothing is saved. */
	private String validated(Model model, long standardId, long criterionId, Long indicatorId, IndicatorForm form,
			BindingResult result) {
		this.editor.validateIndicator(standardId, criterionId, indicatorId, form, result);
		BindingResult live = new BeanPropertyBindingResult(form, "indicatorForm");
		LiveValidation.dropMissingValueErrors(result, live);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "indicatorForm", live);
		return formView(model, standardId, criterionId, indicatorId);
	}

}
