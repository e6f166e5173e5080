package org.socle.care.types;

import jakarta.validation.Valid;
import org.socle.shared.web.ConcurrentEdits;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The catalogue of care service types, managed by admins. */
@Controller
@RequestMapping("/admin/service-types")
@PreAuthorize("hasRole('ADMIN')")
class ServiceTypeController {

	static final String LIST_VIEW = "care/service-types";

	static final String FORM_VIEW = "care/service-type-form";

	private final ServiceTypeCatalogue catalogue;

	ServiceTypeController(ServiceTypeCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	String showList(Model model) {
		model.addAttribute("types", this.catalogue.types(false));
		return LIST_VIEW;
	}

	private String formView(Model model, Long id) {
		model.addAttribute("kinds", ServiceKind.values());
		model.addAttribute("typeId", id);
		return FORM_VIEW;
	}

	@GetMapping("/new")
	String showCreateForm(Model model) {
		model.addAttribute("serviceTypeForm", new ServiceTypeForm());
		return formView(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute ServiceTypeForm serviceTypeForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			this.catalogue.saveType(null, serviceTypeForm, result);
		}
		if (result.hasErrors()) {
			return formView(model, null);
		}
		redirect.addFlashAttribute("success", "care.serviceType.saved");
		return "redirect:/admin/service-types";
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@PathVariable long id, Model model) {
		model.addAttribute("serviceTypeForm", this.catalogue.typeForm(id));
		return formView(model, id);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute ServiceTypeForm serviceTypeForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			ConcurrentEdits.saved(() -> this.catalogue.saveType(id, serviceTypeForm, result), result,
					serviceTypeForm::setVersion);
		}
		if (result.hasErrors()) {
			return formView(model, id);
		}
		redirect.addFlashAttribute("success", "care.serviceType.saved");
		return "redirect:/admin/service-types";
	}

}
