package org.socle.standard.admin;

import java.util.List;

import jakarta.validation.Valid;
import org.socle.shared.StaleEditException;
import org.socle.shared.web.ConcurrentEdits;
import org.socle.standard.StandardCatalog;
import org.socle.standard.StandardStatus;
import org.socle.standard.StandardTreeView;
import org.socle.standard.document.StandardProblem;
import org.socle.standard.editor.EditorRedirects;

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
 * Admin pages for the life of versions: new draft, the draft editor page, details,
 * publish, new version. Import, retire and delete have their own controllers.
 */
@Controller
@RequestMapping("/admin/standards")
class StandardAdminController {

	private static final String DETAILS_VIEW = "standard/details";

	private static final String EDITOR_VIEW = "standard/editor";

	private static final String NEW_VERSION_VIEW = "standard/new-version";

	private final StandardAdminService standards;

	private final StandardCatalog catalog;

	StandardAdminController(StandardAdminService standards, StandardCatalog catalog) {
		this.standards = standards;
		this.catalog = catalog;
	}

	@GetMapping("/new")
	String showCreateForm(Model model) {
		model.addAttribute("standardForm", new StandardForm());
		return DETAILS_VIEW;
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute StandardForm standardForm, BindingResult result, RedirectAttributes redirect) {
		this.standards.validateDetails(standardForm, null, result);
		if (result.hasErrors()) {
			return DETAILS_VIEW;
		}
		long id = this.standards.create(standardForm);
		redirect.addFlashAttribute("success", "standard.created");
		return EditorRedirects.toEditor(id);
	}

	@GetMapping("/{id}/edit")
	String showEditor(@PathVariable long id, Model model) {
		StandardTreeView tree = this.catalog.tree(id);
		if (tree.standard().status() != StandardStatus.DRAFT) {
			return "redirect:/standards/" + id;
		}
		model.addAttribute("tree", tree);
		model.addAttribute("lockVersion", this.standards.detailsForm(id).getVersion());
		model.addAttribute("problems", StandardAdminService.problemsOf(tree));
		return EDITOR_VIEW;
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		List<StandardProblem> problems;
		try {
			problems = this.standards.publish(id, version);
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("staleBy", ex.getUpdatedBy());
			redirect.addFlashAttribute("staleAt", java.util.Date.from(ex.getUpdatedAt()));
			return EditorRedirects.toEditor(id);
		}
		if (!problems.isEmpty()) {
			redirect.addFlashAttribute("warning", "standard.publish.invalid");
			return EditorRedirects.toEditor(id);
		}
		redirect.addFlashAttribute("success", "standard.published");
		return "redirect:/standards/" + id;
	}

	@GetMapping("/{id}/details")
	String showDetailsForm(@PathVariable long id, Model model) {
		model.addAttribute("standardForm", this.standards.detailsForm(id));
		model.addAttribute("standardId", id);
		return DETAILS_VIEW;
	}

	@PostMapping("/{id}/details")
	String updateDetails(@PathVariable long id, @Valid @ModelAttribute StandardForm standardForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("standardId", id);
		this.standards.validateDetails(standardForm, id, result);
		if (result.hasErrors() || !ConcurrentEdits.saved(() -> this.standards.updateDetails(id, standardForm), result,
				standardForm::setVersion)) {
			return DETAILS_VIEW;
		}
		redirect.addFlashAttribute("success", "standard.updated");
		return EditorRedirects.toEditor(id);
	}

	@GetMapping("/{id}/new-version")
	String showNewVersionForm(@PathVariable long id, Model model) {
		model.addAttribute("newVersionForm", this.standards.newVersionForm(id));
		model.addAttribute("source", this.catalog.tree(id).standard());
		return NEW_VERSION_VIEW;
	}

	@PostMapping("/{id}/new-version")
	String newVersion(@PathVariable long id, @Valid @ModelAttribute NewVersionForm newVersionForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		this.standards.validateNewVersion(id, newVersionForm, result);
		if (result.hasErrors()) {
			model.addAttribute("source", this.catalog.tree(id).standard());
			return NEW_VERSION_VIEW;
		}
		long draftId = this.standards.newVersion(id, newVersionForm);
		redirect.addFlashAttribute("success", "standard.versionCreated");
		return EditorRedirects.toEditor(draftId);
	}

}
