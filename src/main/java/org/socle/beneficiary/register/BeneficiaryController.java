package org.socle.beneficiary.register;

import jakarta.validation.Valid;
import org.socle.establishment.EstablishmentAccess;
import org.socle.shared.web.ConcurrentEdits;
import org.socle.shared.web.Paging;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An establishment's beneficiaries: the list, admission of a new one, record, edit. */
@Controller
class BeneficiaryController {

	static final String LIST_VIEW = "beneficiary/list";

	static final String DETAIL_VIEW = "beneficiary/detail";

	static final String FORM_VIEW = "beneficiary/form";

	private final BeneficiaryService beneficiaries;

	private final EstablishmentAccess establishments;

	BeneficiaryController(BeneficiaryService beneficiaries, EstablishmentAccess establishments) {
		this.beneficiaries = beneficiaries;
		this.establishments = establishments;
	}

	@GetMapping("/establishments/{id}/beneficiaries")
	String showList(@PathVariable long id, @RequestParam(required = false) String status,
			@RequestParam(required = false) String q, @PageableDefault(size = 25) Pageable pageable, Model model) {
		model.addAttribute("page",
				this.beneficiaries.list(id, status, q, Paging.unsorted(pageable, Paging.MAX_PAGE_SIZE)));
		model.addAttribute("establishment", this.establishments.requireReadable(id));
		model.addAttribute("status", (status != null) ? status : "ACTIVE");
		model.addAttribute("q", q);
		model.addAttribute("full", BeneficiaryService.fullAccess());
		return LIST_VIEW;
	}

	private String formView(Model model, long establishmentId, Long beneficiaryId) {
		model.addAttribute("establishment", this.establishments.requireReadable(establishmentId));
		model.addAttribute("beneficiaryId", beneficiaryId);
		FormOptions.addTo(model);
		return FORM_VIEW;
	}

	@GetMapping("/establishments/{id}/beneficiaries/new")
	String showCreateForm(@PathVariable long id, Model model) {
		model.addAttribute("beneficiaryForm", this.beneficiaries.newForm(id));
		return formView(model, id, null);
	}

	@PostMapping("/establishments/{id}/beneficiaries/new")
	String create(@PathVariable long id, @Valid @ModelAttribute BeneficiaryForm beneficiaryForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Long created = this.beneficiaries.create(id, beneficiaryForm, result);
		if (created == null) {
			return formView(model, id, null);
		}
		redirect.addFlashAttribute("success", "beneficiary.created");
		return "redirect:/beneficiaries/" + created;
	}

	@GetMapping("/beneficiaries/{id}")
	String showDetail(@PathVariable long id, Model model) {
		model.addAttribute("beneficiary", this.beneficiaries.open(id));
		return DETAIL_VIEW;
	}

	@GetMapping("/beneficiaries/{id}/edit")
	String showEditForm(@PathVariable long id, Model model) {
		model.addAttribute("beneficiaryForm", this.beneficiaries.formFor(id));
		return formView(model, this.beneficiaries.requireEditable(id).getEstablishmentId(), id);
	}

	@PostMapping("/beneficiaries/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute BeneficiaryForm beneficiaryForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		long establishmentId = this.beneficiaries.requireEditable(id).getEstablishmentId();
		ConcurrentEdits.saved(() -> this.beneficiaries.update(id, beneficiaryForm, result), result,
				beneficiaryForm::setVersion);
		if (result.hasErrors()) {
			return formView(model, establishmentId, id);
		}
		redirect.addFlashAttribute("success", "beneficiary.updated");
		return "redirect:/beneficiaries/" + id;
	}

}
