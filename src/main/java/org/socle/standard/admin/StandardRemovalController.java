package org.socle.standard.admin;

import org.socle.standard.StandardCatalog;
import org.socle.standard.StandardStatus;
import org.socle.standard.StandardSummary;
import org.socle.standard.StandardTreeView;
import org.socle.standard.editor.EditorRedirects;
import org.socle.standard.editor.NodeDeletion;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Taking a version out of use, each after a confirmation page: retiring a published
 * version (still readable), deleting a draft.
 */
@Controller
@RequestMapping("/admin/standards")
class StandardRemovalController {

	private static final String CONFIRM_DELETE_VIEW = "standard/confirm-delete";

	private static final String CONFIRM_RETIRE_VIEW = "standard/confirm-retire";

	private final StandardAdminService standards;

	private final StandardCatalog catalog;

	StandardRemovalController(StandardAdminService standards, StandardCatalog catalog) {
		this.standards = standards;
		this.catalog = catalog;
	}

	@GetMapping("/{id}/retire")
	String confirmRetire(@PathVariable long id, Model model) {
		StandardSummary standard = this.catalog.publishedTree(id).standard();
		if (standard.status() != StandardStatus.PUBLISHED) {
			return "redirect:/standards/" + id;
		}
		model.addAttribute("standard", standard);
		return CONFIRM_RETIRE_VIEW;
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
		model.addAttribute("back", EditorRedirects.editor(id));
		return CONFIRM_DELETE_VIEW;
	}

	@PostMapping("/{id}/delete")
	String deleteDraft(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		this.standards.deleteDraft(id, version);
		redirect.addFlashAttribute("success", "standard.deleted");
		return "redirect:/standards";
	}

}
