package org.socle.beneficiary;

import jakarta.validation.Valid;
import org.socle.establishment.EstablishmentAccess;
import org.socle.shared.StaleEditException;

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

@Controller
class BeneficiaryController {

	static final String LIST_VIEW = "beneficiary/list";

	static final String DETAIL_VIEW = "beneficiary/detail";

	static final String FORM_VIEW = "beneficiary/form";

	static final String DISCHARGE_VIEW = "beneficiary/discharge";

	static final String ADMIT_VIEW = "beneficiary/admit";

	private final BeneficiaryService beneficiaries;

	private final EstablishmentAccess establishments;

	BeneficiaryController(BeneficiaryService beneficiaries, EstablishmentAccess establishments) {
		this.beneficiaries = beneficiaries;
		this.establishments = establishments;
	}

	@GetMapping("/establishments/{id}/beneficiaries")
	String showList(@PathVariable long id, @RequestParam(required = false) String status,
			@RequestParam(required = false) String q, @PageableDefault(size = 25) Pageable pageable, Model model) {
		model.addAttribute("page", this.beneficiaries.list(id, status, q, pageable));
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
		try {
			if (!this.beneficiaries.update(id, beneficiaryForm, result)) {
				return formView(model, establishmentId, id);
			}
		}
		catch (StaleEditException ex) {
			ex.reportTo(result);
			beneficiaryForm.setVersion(ex.getCurrentVersion());
			return formView(model, establishmentId, id);
		}
		redirect.addFlashAttribute("success", "beneficiary.updated");
		return "redirect:/beneficiaries/" + id;
	}

	@GetMapping("/beneficiaries/{id}/discharge")
	String showDischargeForm(@PathVariable long id, Model model) {
		model.addAttribute("dischargeForm", this.beneficiaries.dischargeForm(id));
		return dischargeView(model, id);
	}

	private String dischargeView(Model model, long id) {
		model.addAttribute("beneficiary", this.beneficiaries.view(this.beneficiaries.requireEditable(id)));
		model.addAttribute("reasons", DischargeReason.values());
		return DISCHARGE_VIEW;
	}

	@PostMapping("/beneficiaries/{id}/discharge")
	String discharge(@PathVariable long id, @Valid @ModelAttribute DischargeForm dischargeForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			if (result.hasErrors() || !this.beneficiaries.discharge(id, dischargeForm, result)) {
				return dischargeView(model, id);
			}
		}
		catch (StaleEditException ex) {
			ex.reportTo(result);
			dischargeForm.setVersion(ex.getCurrentVersion());
			return dischargeView(model, id);
		}
		redirect.addFlashAttribute("success", "beneficiary.discharged");
		return "redirect:/beneficiaries/" + id;
	}

	@GetMapping("/beneficiaries/{id}/admit")
	String showAdmissionForm(@PathVariable long id, Model model) {
		model.addAttribute("admissionForm", this.beneficiaries.admissionForm(id));
		return admitView(model, id);
	}

	private String admitView(Model model, long id) {
		model.addAttribute("beneficiary", this.beneficiaries.view(this.beneficiaries.requireEditable(id)));
		model.addAttribute("targets", this.beneficiaries.admissionTargets());
		FormOptions.addTo(model);
		return ADMIT_VIEW;
	}

	@PostMapping("/beneficiaries/{id}/admit")
	String admit(@PathVariable long id, @Valid @ModelAttribute AdmissionForm admissionForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			if (result.hasErrors() || !this.beneficiaries.admit(id, admissionForm, result)) {
				return admitView(model, id);
			}
		}
		catch (StaleEditException ex) {
			ex.reportTo(result);
			admissionForm.setVersion(ex.getCurrentVersion());
			return admitView(model, id);
		}
		redirect.addFlashAttribute("success", "beneficiary.admitted");
		return "redirect:/beneficiaries/" + id;
	}

}
