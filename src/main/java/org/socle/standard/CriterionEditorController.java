package org.socle.standard;

import jakarta.validation.Valid;
import org.socle.shared.StaleEditException;

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
 * Adding, editing, reordering and removing the criteria of a draft.
 */
@Controller
@RequestMapping("/admin/standards/{standardId}")
class CriterionEditorController {

	private final StandardEditor editor;

	CriterionEditorController(StandardEditor editor) {
		this.editor = editor;
	}

	private String formView(Model model, long standardId, String prefix, String action, boolean creating) {
		model.addAttribute("kind", "criterion");
		model.addAttribute("prefix", prefix);
		model.addAttribute("standardId", standardId);
		model.addAttribute("action", action);
		model.addAttribute("creating", creating);
		return DomainEditorController.FORM_VIEW;
	}

	@GetMapping("/domains/{domainId}/criteria/new")
	String showCreateForm(@PathVariable long standardId, @PathVariable long domainId, Model model) {
		model.addAttribute("nodeForm", this.editor.newCriterionForm(standardId, domainId));
		return formView(model, standardId, this.editor.criterionPrefix(standardId, domainId),
				createAction(standardId, domainId), true);
	}

	@PostMapping("/domains/{domainId}/criteria/new")
	String create(@PathVariable long standardId, @PathVariable long domainId, @Valid @ModelAttribute NodeForm nodeForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.editor.validateCriterion(standardId, domainId, null, nodeForm, result);
		String prefix = this.editor.criterionPrefix(standardId, domainId);
		if (result.hasErrors()) {
			return formView(model, standardId, prefix, createAction(standardId, domainId), true);
		}
		this.editor.addCriterion(standardId, domainId, nodeForm);
		redirect.addFlashAttribute("success", "standard.node.saved");
		return EditorRedirects.toNode(standardId, prefix + nodeForm.getNumber());
	}

	@GetMapping("/criteria/{criterionId}/edit")
	String showEditForm(@PathVariable long standardId, @PathVariable long criterionId, Model model) {
		model.addAttribute("nodeForm", this.editor.criterionForm(standardId, criterionId));
		return formView(model, standardId, prefixOf(standardId, criterionId), editAction(standardId, criterionId),
				false);
	}

	@PostMapping("/criteria/{criterionId}/edit")
	String update(@PathVariable long standardId, @PathVariable long criterionId,
			@Valid @ModelAttribute NodeForm nodeForm, BindingResult result, Model model, RedirectAttributes redirect) {
		String prefix = prefixOf(standardId, criterionId);
		this.editor.validateCriterion(standardId, domainOf(standardId, criterionId), criterionId, nodeForm, result);
		if (result.hasErrors()) {
			return formView(model, standardId, prefix, editAction(standardId, criterionId), false);
		}
		try {
			this.editor.updateCriterion(standardId, criterionId, nodeForm);
		}
		catch (StaleEditException ex) {
			ex.reportTo(result);
			nodeForm.setVersion(ex.getCurrentVersion());
			return formView(model, standardId, prefix, editAction(standardId, criterionId), false);
		}
		redirect.addFlashAttribute("success", "standard.node.saved");
		return EditorRedirects.toNode(standardId, prefix + nodeForm.getNumber());
	}

	@PostMapping("/criteria/{criterionId}/move")
	String move(@PathVariable long standardId, @PathVariable long criterionId, @RequestParam String direction) {
		this.editor.moveCriterion(standardId, criterionId, "up".equals(direction));
		return EditorRedirects.toEditor(standardId);
	}

	@GetMapping("/criteria/{criterionId}/delete")
	String confirmDelete(@PathVariable long standardId, @PathVariable long criterionId, Model model) {
		model.addAttribute("deletion", this.editor.criterionDeletion(standardId, criterionId));
		model.addAttribute("action", "/admin/standards/" + standardId + "/criteria/" + criterionId + "/delete");
		model.addAttribute("back", "/admin/standards/" + standardId + "/edit");
		return DomainEditorController.CONFIRM_DELETE_VIEW;
	}

	@PostMapping("/criteria/{criterionId}/delete")
	String delete(@PathVariable long standardId, @PathVariable long criterionId, @RequestParam long version,
			RedirectAttributes redirect) {
		this.editor.deleteCriterion(standardId, criterionId, version);
		redirect.addFlashAttribute("success", "standard.node.deleted");
		return EditorRedirects.toEditor(standardId);
	}

	private String prefixOf(long standardId, long criterionId) {
		return this.editor.criterionCodePrefix(standardId, criterionId);
	}

	private long domainOf(long standardId, long criterionId) {
		return this.editor.domainOf(standardId, criterionId);
	}

	private static String createAction(long standardId, long domainId) {
		return "/admin/standards/" + standardId + "/domains/" + domainId + "/criteria/new";
	}

	private static String editAction(long standardId, long criterionId) {
		return "/admin/standards/" + standardId + "/criteria/" + criterionId + "/edit";
	}

}
