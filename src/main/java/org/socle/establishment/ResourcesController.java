package org.socle.establishment;

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
 * The resources tab: one row per year, amounts by source.
 */
@Controller
@RequestMapping("/establishments/{id}/resources")
class ResourcesController {

	static final String VIEW = "establishment/resources";

	private final EstablishmentService establishments;

	private final EstablishmentRecordsService records;

	private final EstablishmentAccess access;

	ResourcesController(EstablishmentService establishments, EstablishmentRecordsService records,
			EstablishmentAccess access) {
		this.establishments = establishments;
		this.records = records;
		this.access = access;
	}

	@GetMapping
	String showResources(@PathVariable long id, Model model) {
		model.addAttribute("resourcesForm", new ResourcesForm());
		return view(id, null, model);
	}

	@GetMapping("/{resourcesId}/edit")
	String showEditForm(@PathVariable long id, @PathVariable long resourcesId, Model model) {
		model.addAttribute("resourcesForm", this.records.resourcesForm(id, resourcesId));
		return view(id, resourcesId, model);
	}

	@PostMapping
	String add(@PathVariable long id, @Valid @ModelAttribute ResourcesForm resourcesForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		this.access.requireEditable(id);
		this.records.validateResources(id, null, resourcesForm, result);
		if (result.hasErrors()) {
			return view(id, null, model);
		}
		this.records.addResources(id, resourcesForm);
		redirect.addFlashAttribute("success", "resources.added");
		return redirect(id);
	}

	@PostMapping("/{resourcesId}/edit")
	String update(@PathVariable long id, @PathVariable long resourcesId,
			@Valid @ModelAttribute ResourcesForm resourcesForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.records.resourcesForm(id, resourcesId);
		this.records.validateResources(id, resourcesId, resourcesForm, result);
		if (result.hasErrors()) {
			return view(id, resourcesId, model);
		}
		try {
			this.records.updateResources(id, resourcesId, resourcesForm);
		}
		catch (StaleEditException ex) {
			ex.reportTo(result);
			resourcesForm.setVersion(ex.getCurrentVersion());
			return view(id, resourcesId, model);
		}
		redirect.addFlashAttribute("success", "resources.updated");
		return redirect(id);
	}

	@PostMapping("/{resourcesId}/delete")
	String remove(@PathVariable long id, @PathVariable long resourcesId, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			this.records.removeResources(id, resourcesId, version);
			redirect.addFlashAttribute("success", "resources.removed");
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("warning", "record.removeStale");
		}
		return redirect(id);
	}

	private String view(long id, Long resourcesId, Model model) {
		model.addAttribute("establishment", this.establishments.details(id));
		model.addAttribute("resources", this.records.resources(id));
		model.addAttribute("editingId", resourcesId);
		model.addAttribute("tab", "resources");
		return VIEW;
	}

	private static String redirect(long id) {
		return "redirect:/establishments/" + id + "/resources";
	}

}
