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

	private static final String EDIT_GROUP = "/{kind:domains|criteria}/{nodeId}/edit";

	private static final String NEW_INDICATOR = "/criteria/{parentId}/{kind:indicators}/new";

	private static final String EDIT_INDICATOR = "/{kind:indicators}/{nodeId}/edit";

	private static final String VALIDATE_NEW_INDICATOR = "/criteria/{parentId}/{kind:indicators}/validate";

	private static final String VALIDATE_INDICATOR = "/{kind:indicators}/{nodeId}/validate";

	private final StandardEditor editor;

	NodeEditorController(StandardEditor editor) {
		this.editor = editor;
	}

	@GetMapping({ NEW_DOMAIN, NEW_CRITERION, EDIT_GROUP })
	String showNodeForm(@PathVariable long standardId, @PathVariable String kind, @PathVariable Optional<Long> parentId,
			@PathVariable Optional<Long> nodeId, Model model) {
		NodePlace place = place(standardId, kind, parentId, nodeId);
		model.addAttribute("nodeForm",
				place.isNew() ? NodeForm.numbered(this.editor.nextNumber(place)) : this.editor.nodeForm(place));
		return formView(model, place);
	}

	@PostMapping({ NEW_DOMAIN, NEW_CRITERION, EDIT_GROUP })
	String saveNode(@PathVariable long standardId, @PathVariable String kind, @PathVariable Optional<Long> parentId,
			@PathVariable Optional<Long> nodeId, @Valid @ModelAttribute NodeForm nodeForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return validateAndSave(place(standardId, kind, parentId, nodeId), nodeForm, result, model, redirect);
	}

	@GetMapping({ NEW_INDICATOR, EDIT_INDICATOR })
	String showIndicatorForm(@PathVariable long standardId, @PathVariable String kind,
			@PathVariable Optional<Long> parentId, @PathVariable Optional<Long> nodeId, Model model) {
		NodePlace place = place(standardId, kind, parentId, nodeId);
		model.addAttribute("indicatorForm", place.isNew() ? IndicatorForm.numbered(this.editor.nextNumber(place))
				: this.editor.indicatorForm(place));
		return formView(model, place);
	}

	@PostMapping({ NEW_INDICATOR, EDIT_INDICATOR })
	String saveIndicator(@PathVariable long standardId, @PathVariable String kind,
			@PathVariable Optional<Long> parentId, @PathVariable Optional<Long> nodeId,
			@Valid @ModelAttribute IndicatorForm indicatorForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return validateAndSave(place(standardId, kind, parentId, nodeId), indicatorForm, result, model, redirect);
	}

	/** The form re-rendered with the errors about wrong values only; nothing is saved. */
	@PostMapping({ VALIDATE_NEW_INDICATOR, VALIDATE_INDICATOR })
	String validateIndicator(@PathVariable long standardId, @PathVariable String kind,
			@PathVariable Optional<Long> parentId, @PathVariable Optional<Long> nodeId,
			@Valid @ModelAttribute IndicatorForm indicatorForm, BindingResult result, Model model) {
		NodePlace place = place(standardId, kind, parentId, nodeId);
		this.editor.validate(place, indicatorForm, result);
		LiveValidation.showWrongValuesOnly(result, model);
		return formView(model, place);
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

	private String validateAndSave(NodePlace place, NodeInput form, BindingResult result, Model model,
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
	 * An existing node, or where a new one goes (a domain goes under the standard
	 * itself).
	 */
	private NodePlace place(long standardId, String kind, Optional<Long> parentId, Optional<Long> nodeId) {
		NodeKind nodeKind = NodeKind.ofPath(kind);
		return nodeId.map((id) -> this.editor.place(standardId, nodeKind, id))
			.orElseGet(() -> this.editor.newPlace(standardId, nodeKind, parentId.orElse(standardId)));
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
