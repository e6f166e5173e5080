package org.socle.beneficiary.register;

import jakarta.validation.Valid;
import org.socle.beneficiary.DischargeReason;
import org.socle.shared.web.ConcurrentEdits;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A beneficiary's later stays: discharge, re-admission and transfer. */
@Controller
class StayController {

	static final String DISCHARGE_VIEW = "beneficiary/discharge";

	static final String ADMIT_VIEW = "beneficiary/admit";

	private final StayService stays;

	private final BeneficiaryService beneficiaries;

	StayController(StayService stays, BeneficiaryService beneficiaries) {
		this.stays = stays;
		this.beneficiaries = beneficiaries;
	}

	@GetMapping("/beneficiaries/{id}/discharge")
	String showDischargeForm(@PathVariable long id, Model model) {
		model.addAttribute("dischargeForm", this.stays.dischargeForm(id));
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
		if (!result.hasErrors()) {
			ConcurrentEdits.saved(() -> this.stays.discharge(id, dischargeForm, result), result,
					dischargeForm::setVersion);
		}
		if (result.hasErrors()) {
			return dischargeView(model, id);
		}
		redirect.addFlashAttribute("success", "beneficiary.discharged");
		return "redirect:/beneficiaries/" + id;
	}

	@GetMapping("/beneficiaries/{id}/admit")
	String showAdmissionForm(@PathVariable long id, Model model) {
		model.addAttribute("newStayForm", this.stays.newStayForm(id));
		return admitView(model, id);
	}

	private String admitView(Model model, long id) {
		model.addAttribute("beneficiary", this.beneficiaries.view(this.beneficiaries.requireEditable(id)));
		model.addAttribute("targets", this.stays.admissionTargets());
		FormOptions.addTo(model);
		return ADMIT_VIEW;
	}

	@PostMapping("/beneficiaries/{id}/admit")
	String admit(@PathVariable long id, @Valid @ModelAttribute NewStayForm newStayForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			ConcurrentEdits.saved(() -> this.stays.admit(id, newStayForm, result), result, newStayForm::setVersion);
		}
		if (result.hasErrors()) {
			return admitView(model, id);
		}
		redirect.addFlashAttribute("success", "beneficiary.admitted");
		return "redirect:/beneficiaries/" + id;
	}

}
