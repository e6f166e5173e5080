package org.socle.establishment.organisations;

import jakarta.validation.Valid;
import org.socle.organisation.LegalForm;
import org.socle.reference.ReferenceDataService;
import org.socle.shared.web.ConcurrentEdits;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
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

@Controller
@RequestMapping("/organisations")
class OrganisationController {

	static final String LIST_VIEW = "establishment/organisations/list";

	static final String DETAIL_VIEW = "establishment/organisations/detail";

	static final String FORM_VIEW = "establishment/organisations/form";

	private final OrganisationRegistry registry;

	private final ReferenceDataService reference;

	OrganisationController(OrganisationRegistry registry, ReferenceDataService reference) {
		this.registry = registry;
		this.reference = reference;
	}

	@GetMapping
	String showList(@RequestParam(required = false) String q, @PageableDefault(size = 20) Pageable pageable,
			Model model) {
		model.addAttribute("page", this.registry.list(q, pageable));
		model.addAttribute("q", q);
		model.addAttribute("regionsByCode", this.reference.regionsByCode());
		return LIST_VIEW;
	}

	@GetMapping("/{id}")
	String showDetail(@PathVariable long id, Model model) {
		model.addAttribute("view", this.registry.details(id));
		return DETAIL_VIEW;
	}

	@GetMapping("/new")
	String showCreateForm(Model model) {
		this.registry.requireAdmin();
		model.addAttribute("organisationForm", new OrganisationForm());
		return formView(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute OrganisationForm organisationForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.registry.validate(organisationForm, null, result);
		if (result.hasErrors()) {
			return formView(model, null);
		}
		long id = this.registry.create(organisationForm);
		redirect.addFlashAttribute("success", "organisation.created");
		return "redirect:/organisations/" + id;
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@PathVariable long id, Model model) {
		model.addAttribute("organisationForm", this.registry.formFor(id));
		return formView(model, id);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute OrganisationForm organisationForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		this.registry.requireEditable(id);
		this.registry.validate(organisationForm, id, result);
		if (result.hasErrors() || !ConcurrentEdits.saved(() -> this.registry.update(id, organisationForm), result,
				organisationForm::setVersion)) {
			return formView(model, id);
		}
		redirect.addFlashAttribute("success", "organisation.updated");
		return "redirect:/organisations/" + id;
	}

	private String formView(Model model, Long id) {
		model.addAttribute("organisationId", id);
		model.addAttribute("legalForms", LegalForm.values());
		model.addAttribute("regions", this.reference.regions());
		return FORM_VIEW;
	}

}
