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
 * Adding, editing, reordering and removing the domains of a draft.
 */
@Controller
@RequestMapping("/admin/standards/{standardId}/domains")
class DomainEditorController {

	static final String FORM_VIEW = "standard/node-form";

	static final String CONFIRM_DELETE_VIEW = "standard/confirm-delete";

	private final StandardEditor editor;

	DomainEditorController(StandardEditor editor) {
		this.editor = editor;
	}

	private String formView(Model model, long standardId, Long domainId) {
		model.addAttribute("kind", "domain");
		model.addAttribute("prefix", "D");
		model.addAttribute("standardId", standardId);
		model.addAttribute("action",
				(domainId != null) ? "/admin/standards/" + standardId + "/domains/" + domainId + "/edit"
						: "/admin/standards/" + standardId + "/domains/new");
		model.addAttribute("creating", domainId == null);
		return FORM_VIEW;
	}

	@GetMapping("/new")
	String showCreateForm(@PathVariable long standardId, Model model) {
		model.addAttribute("nodeForm", this.editor.newDomainForm(standardId));
		return formView(model, standardId, null);
	}

	@PostMapping("/new")
	String create(@PathVariable long standardId, @Valid @ModelAttribute NodeForm nodeForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		this.editor.validateDomain(standardId, null, nodeForm, result);
		if (result.hasErrors()) {
			return formView(model, standardId, null);
		}
		this.editor.addDomain(standardId, nodeForm);
		redirect.addFlashAttribute("success", "standard.node.saved");
		return EditorRedirects.toNode(standardId, "D" + nodeForm.getNumber());
	}

	@GetMapping("/{domainId}/edit")
	String showEditForm(@PathVariable long standardId, @PathVariable long domainId, Model model) {
		model.addAttribute("nodeForm", this.editor.domainForm(standardId, domainId));
		return formView(model, standardId, domainId);
	}

	@PostMapping("/{domainId}/edit")
	String update(@PathVariable long standardId, @PathVariable long domainId, @Valid @ModelAttribute NodeForm nodeForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.editor.validateDomain(standardId, domainId, nodeForm, result);
		if (result.hasErrors()) {
			return formView(model, standardId, domainId);
		}
		try {
			this.editor.updateDomain(standardId, domainId, nodeForm);
		}
		catch (StaleEditException ex) {
			ex.reportTo(result);
			nodeForm.setVersion(ex.getCurrentVersion());
			return formView(model, standardId, domainId);
		}
		redirect.addFlashAttribute("success", "standard.node.saved");
		return EditorRedirects.toNode(standardId, "D" + nodeForm.getNumber());
	}

	@PostMapping("/{domainId}/move")
	String move(@PathVariable long standardId, @PathVariable long domainId, @RequestParam String direction) {
		this.editor.moveDomain(standardId, domainId, "up".equals(direction));
		return EditorRedirects.toEditor(standardId);
	}

	@GetMapping("/{domainId}/delete")
	String confirmDelete(@PathVariable long standardId, @PathVariable long domainId, Model model) {
		model.addAttribute("deletion", this.editor.domainDeletion(standardId, domainId));
		model.addAttribute("action", "/admin/standards/" + standardId + "/domains/" + domainId + "/delete");
		model.addAttribute("back", "/admin/standards/" + standardId + "/edit");
		return CONFIRM_DELETE_VIEW;
	}

	@PostMapping("/{domainId}/delete")
	String delete(@PathVariable long standardId, @PathVariable long domainId, @RequestParam long version,
			RedirectAttributes redirect) {
		this.editor.deleteDomain(standardId, domainId, version);
		redirect.addFlashAttribute("success", "standard.node.deleted");
		return EditorRedirects.toEditor(standardId);
	}

}
