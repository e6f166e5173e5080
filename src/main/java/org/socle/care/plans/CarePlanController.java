package org.socle.care.plans;

import jakarta.validation.Valid;
import org.socle.shared.web.ConcurrentEdits;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A beneficiary's care page: the care plan, its reviews and the services. */
@Controller
class CarePlanController {

	static final String CARE_VIEW = "care/beneficiary-care";

	private final CarePlans plans;

	CarePlanController(CarePlans plans) {
		this.plans = plans;
	}

	@GetMapping("/beneficiaries/{id}/care")
	String showCare(@PathVariable long id, Model model) {
		BeneficiaryCare page = this.plans.care(id);
		model.addAttribute("care", page);
		if (page.editable()) {
			model.addAttribute("carePlanForm", this.plans.planForm(id));
			model.addAttribute("reviewForm", this.plans.reviewForm());
		}
		return CARE_VIEW;
	}

	@PostMapping("/beneficiaries/{id}/care-plan")
	String savePlan(@PathVariable long id, @Valid @ModelAttribute CarePlanForm carePlanForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		this.plans.requireEditable(id);
		if (!result.hasErrors() && ConcurrentEdits.saved(() -> this.plans.savePlan(id, carePlanForm), result,
				carePlanForm::setVersion)) {
			redirect.addFlashAttribute("success", "care.plan.saved");
			return "redirect:/beneficiaries/" + id + "/care";
		}
		model.addAttribute("care", this.plans.care(id));
		model.addAttribute("reviewForm", this.plans.reviewForm());
		return CARE_VIEW;
	}

	@PostMapping("/beneficiaries/{id}/care-plan/reviews")
	String addReview(@PathVariable long id, @Valid @ModelAttribute ReviewForm reviewForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		this.plans.requireEditable(id);
		if (!result.hasErrors() && this.plans.addReview(id, reviewForm, result)) {
			redirect.addFlashAttribute("success", "care.review.saved");
			return "redirect:/beneficiaries/" + id + "/care";
		}
		model.addAttribute("care", this.plans.care(id));
		model.addAttribute("carePlanForm", this.plans.planForm(id));
		return CARE_VIEW;
	}

}
