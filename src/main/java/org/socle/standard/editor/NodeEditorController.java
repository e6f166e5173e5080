package org.socle.standard.editor;

import java.util.Optional;

import jakarta.validation.Valid;
import org.socle.shared.web.ConcurrentEdits;
import org.socle.standard.AnswerType;
import org.socle.standard.ApplicableCategory;
import org.socle.standard.MetricKey;
import org.socle.standard.MetricUnit;
import org.socle.standard.ThresholdDirection;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding, editing, reordering and removing the domains, criteria and indicators of a
 * draft. Domains and criteria share one form; an indicator's form is also validated
 * inline (htmx) as it is filled in.
 */
@Controller
@RequestMapping("/admin/standards/{standardId}")
class NodeEditorController {

	private static final String NODE_FORM_VIEW = "standard/node-form";

	private static final String INDICATOR_FORM_VIEW = "standard/indicator-form";

	private static final String CONFIRM_DELETE_VIEW = "standard/confirm-delete";

	private static final String NEW_DOMAIN = "/{kind:domains}/new";

	private static final String NEW_CRITERION = "/domains/{parentId}/{kind:criteria}/new";

	private final StandardEditor editor;

	NodeEditorController(StandardEditor editor) {
		this.editor = editor;
	}

	@GetMapping({ NEW_DOMAIN, NEW_CRITERION })
	String showCreateForm(@PathVariable long standardId, @PathVariable String kind,
			@PathVariable Optional<Long> parentId, Model model) {
		NodePlace place = this.editor.newPlace(standardId, NodeKind.ofPath(kind), parentId.orElse(standardId));
		model.addAttribute("nodeForm", NodeForm.numbered(this.editor.nextNumber(place)));
		return formView(model, place);
	}

	@PostMapping({ NEW_DOMAIN, NEW_CRITERION })
	String create(@PathVariable long standardId, @PathVariable String kind, @PathVariable Optional<Long> parentId,
			@Valid @ModelAttribute NodeForm nodeForm, BindingResult result, Model model, RedirectAttributes redirect) {
		NodePlace place = this.editor.newPlace(standardId, NodeKind.ofPath(kind), parentId.orElse(standardId));
		return save(place, nodeForm, result, model, redirect);
	}

	@GetMapping("/{kind:domains|criteria}/{nodeId}/edit")
	String showEditForm(@PathVariable long standardId, @PathVariable String kind, @PathVariable long nodeId,
			Model model) {
		NodePlace place = this.editor.place(standardId, NodeKind.ofPath(kind), nodeId);
		model.addAttribute("nodeForm", this.editor.nodeForm(place));
		return formView(model, place);
	}

	@PostMapping("/{kind:domains|criteria}/{nodeId}/edit")
	String update(@PathVariable long standardId, @PathVariable String kind, @PathVariable long nodeId,
			@Valid @ModelAttribute NodeForm nodeForm, BindingResult result, Model model, RedirectAttributes redirect) {
		return save(this.editor.place(standardId, NodeKind.ofPath(kind), nodeId), nodeForm, result, model, redirect);
	}

	@GetMapping("/criteria/{parentId}/indicators/new")
	String showCreateIndicatorForm(@PathVariable long standardId, @PathVariable long parentId, Model model) {
		NodePlace place = this.editor.newPlace(standardId, NodeKind.INDICATOR, parentId);
		model.addAttribute("indicatorForm", IndicatorForm.numbered(this.editor.nextNumber(place)));
		return formView(model, place);
	}

	@PostMapping("/criteria/{parentId}/indicators/new")
	String createIndicator(@PathVariable long standardId, @PathVariable long parentId,
			@Valid @ModelAttribute IndicatorForm indicatorForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		NodePlace place = this.editor.newPlace(standardId, NodeKind.INDICATOR, parentId);
		return save(place, indicatorForm, result, model, redirect);
	}

	@PostMapping("/criteria/{parentId}/indicators/validate")
	String validateNewIndicator(@PathVariable long standardId, @PathVariable long parentId,
			@Valid @ModelAttribute IndicatorForm indicatorForm, BindingResult result, Model model) {
		return validated(this.editor.newPlace(standardId, NodeKind.INDICATOR, parentId), indicatorForm, result, model);
	}

	@GetMapping("/indicators/{nodeId}/edit")
	String showEditIndicatorForm(@PathVariable long standardId, @PathVariable long nodeId, Model model) {
		NodePlace place = this.editor.place(standardId, NodeKind.INDICATOR, nodeId);
		model.addAttribute("indicatorForm", this.editor.indicatorForm(place));
		return formView(model, place);
	}

	@PostMapping("/indicators/{nodeId}/edit")
	String updateIndicator(@PathVariable long standardId, @PathVariable long nodeId,
			@Valid @ModelAttribute IndicatorForm indicatorForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		NodePlace place = this.editor.place(standardId, NodeKind.INDICATOR, nodeId);
		return save(place, indicatorForm, result, model, redirect);
	}

	@PostMapping("/indicators/{nodeId}/validate")
	String validateIndicator(@PathVariable long standardId, @PathVariable long nodeId,
			@Valid @ModelAttribute IndicatorForm indicatorForm, BindingResult result, Model model) {
		return validated(this.editor.place(standardId, NodeKind.INDICATOR, nodeId), indicatorForm, result, model);
	}

	@PostMapping("/{kind:domains|criteria|indicators}/{nodeId}/move")
	String move(@PathVariable long standardId, @PathVariable String kind, @PathVariable long nodeId,
			@RequestParam String direction) {
		this.editor.move(standardId, NodeKind.ofPath(kind), nodeId, "up".equals(direction));
		return EditorRedirects.toEditor(standardId);
	}

	@GetMapping("/{kind:domains|criteria|indicators}/{nodeId}/delete")
	String confirmDelete(@PathVariable long standardId, @PathVariable String kind, @PathVariable long nodeId,
			Model model) {
		model.addAttribute("deletion", this.editor.deletion(standardId, NodeKind.ofPath(kind), nodeId));
		model.addAttribute("action", "/admin/standards/" + standardId + "/" + kind + "/" + nodeId + "/delete");
		model.addAttribute("back", EditorRedirects.editor(standardId));
		return CONFIRM_DELETE_VIEW;
	}

	@PostMapping("/{kind:domains|criteria|indicators}/{nodeId}/delete")
	String delete(@PathVariable long standardId, @PathVariable String kind, @PathVariable long nodeId,
			@RequestParam long version, RedirectAttributes redirect) {
		this.editor.delete(standardId, NodeKind.ofPath(kind), nodeId, version);
		redirect.addFlashAttribute("success", "standard.node.deleted");
		return EditorRedirects.toEditor(standardId);
	}

	private String save(NodePlace place, NodeInput form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.editor.validate(place, form, result);
		if (result.hasErrors()
				|| !ConcurrentEdits.saved(() -> this.editor.save(place, form), result, form::setVersion)) {
			return formView(model, place);
		}
		redirect.addFlashAttribute("success", "standard.node.saved");
		return EditorRedirects.toNode(place.standardId(), place.code(form.getNumber()));
	}

	/**
	 * The indicator's form re-rendered with the errors about wrong values only; nothing
	 * is saved.
	 */
	private String validated(NodePlace place, IndicatorForm form, BindingResult result, Model model) {
		this.editor.validate(place, form, result);
		LiveValidation.showWrongValuesOnly(result, model);
		return formView(model, place);
	}

	private String formView(Model model, NodePlace place) {
		model.addAttribute("kind", place.kind().messageName());
		model.addAttribute("prefix", place.prefix());
		model.addAttribute("standardId", place.standardId());
		model.addAttribute("action", place.url(place.isNew() ? "new" : "edit"));
		model.addAttribute("creating", place.isNew());
		if (place.kind() != NodeKind.INDICATOR) {
			return NODE_FORM_VIEW;
		}
		model.addAttribute("validateAction", place.url("validate"));
		model.addAttribute("answerTypes", AnswerType.values());
		model.addAttribute("directions", ThresholdDirection.values());
		model.addAttribute("metricKeys", MetricKey.values());
		model.addAttribute("units", MetricUnit.values());
		model.addAttribute("categories", ApplicableCategory.values());
		return INDICATOR_FORM_VIEW;
	}

}
