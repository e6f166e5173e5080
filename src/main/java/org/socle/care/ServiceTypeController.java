package org.socle.care;

import jakarta.validation.Valid;
import org.socle.shared.StaleEditException;

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

	private final CareService care;

	ServiceTypeController(CareService care) {
		this.care = care;
	}

	@GetMapping
	String showList(Model model) {
		model.addAttribute("types", this.care.types(false));
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
		if (result.hasErrors() || !this.care.saveType(null, serviceTypeForm, result)) {
			return formView(model, null);
		}
		redirect.addFlashAttribute("success", "care.serviceType.saved");
		return "redirect:/admin/service-types";
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@PathVariable long id, Model model) {
		model.addAttribute("serviceTypeForm", this.care.typeForm(id));
		return formView(model, id);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute ServiceTypeForm serviceTypeForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			if (result.hasErrors() || !this.care.saveType(id, serviceTypeForm, result)) {
				return formView(model, id);
			}
		}
		catch (StaleEditException ex) {
			ex.reportTo(result);
			serviceTypeForm.setVersion(ex.getCurrentVersion());
			return formView(model, id);
		}
		redirect.addFlashAttribute("success", "care.serviceType.saved");
		return "redirect:/admin/service-types";
	}

}
