package org.socle.standard;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admin pages for the life of versions: new draft, import, the draft editor page,
 * details, publish, new version, retire, delete.
 */
@Controller
@RequestMapping("/admin/standards")
class StandardAdminController {

	private static final String DETAILS_VIEW = "standard/details";

	private static final String IMPORT_VIEW = "standard/import";

	private static final String EDITOR_VIEW = "standard/editor";

	private static final String NEW_VERSION_VIEW = "standard/new-version";

	private static final String CONFIRM_DELETE_VIEW = "standard/confirm-delete";

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
		return "redirect:/admin/standards/" + id + "/edit";
	}

	@GetMapping("/import")
	String showImportForm() {
		return IMPORT_VIEW;
	}

	@PostMapping("/import")
	String importFile(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "standard.import.noFile");
			return IMPORT_VIEW;
		}
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename().toLowerCase(Locale.ROOT) : "";
		if (!name.endsWith(".json")) {
			model.addAttribute("fileError", "standard.import.notJson");
			return IMPORT_VIEW;
		}
		StandardAdminService.ImportOutcome outcome = this.standards.importDraft(file.getBytes());
		if (!outcome.problems().isEmpty()) {
			model.addAttribute("problems", outcome.problems());
			model.addAttribute("fileName", file.getOriginalFilename());
			return IMPORT_VIEW;
		}
		redirect.addFlashAttribute("success", "standard.imported");
		return "redirect:/admin/standards/" + outcome.standardId() + "/edit";
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
			return "redirect:/admin/standards/" + id + "/edit";
		}
		if (!problems.isEmpty()) {
			redirect.addFlashAttribute("warning", "standard.publish.invalid");
			return "redirect:/admin/standards/" + id + "/edit";
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
		if (result.hasErrors()) {
			return DETAILS_VIEW;
		}
		try {
			this.standards.updateDetails(id, standardForm);
		}
		catch (StaleEditException ex) {
			ex.reportTo(result);
			standardForm.setVersion(ex.getCurrentVersion());
			return DETAILS_VIEW;
		}
		redirect.addFlashAttribute("success", "standard.updated");
		return "redirect:/admin/standards/" + id + "/edit";
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
		return "redirect:/admin/standards/" + draftId + "/edit";
	}

	@PostMapping("/{id}/retire")
	String retire(@PathVariable long id, RedirectAttributes redirect) {
		this.standards.retire(id);
		redirect.addFlashAttribute("success", "standard.retired");
		return "redirect:/standards/" + id;
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		StandardTreeView tree = this.catalog.tree(id);
		model.addAttribute("deletion",
				new NodeDeletion(tree.standard().label(), tree.standard().title(),
						tree.domains().stream().mapToLong((domain) -> domain.criteria().size()).sum(),
						tree.indicators().count(), this.standards.detailsForm(id).getVersion()));
		model.addAttribute("action", "/admin/standards/" + id + "/delete");
		model.addAttribute("back", "/admin/standards/" + id + "/edit");
		return CONFIRM_DELETE_VIEW;
	}

	@PostMapping("/{id}/delete")
	String deleteDraft(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		this.standards.deleteDraft(id, version);
		redirect.addFlashAttribute("success", "standard.deleted");
		return "redirect:/standards";
	}

}
