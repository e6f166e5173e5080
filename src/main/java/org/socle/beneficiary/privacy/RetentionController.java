package org.socle.beneficiary.privacy;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The retention action: anonymise the records of people discharged long ago. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class RetentionController {

	static final String VIEW = "beneficiary/retention";

	static final int MIN_YEARS = 1;

	static final int MAX_YEARS = 100;

	private final RetentionService retention;

	RetentionController(RetentionService retention) {
		this.retention = retention;
	}

	@GetMapping("/admin/beneficiaries/retention")
	String showRetention(@RequestParam(required = false) Integer years, Model model) {
		int chosen = (years != null && years >= MIN_YEARS && years <= MAX_YEARS) ? years
				: this.retention.defaultYears();
		model.addAttribute("years", chosen);
		model.addAttribute("cutOff", this.retention.cutOff(chosen));
		model.addAttribute("count", this.retention.candidates(chosen).size());
		model.addAttribute("invalidYears", years != null && chosen != years);
		return VIEW;
	}

	@PostMapping("/admin/beneficiaries/retention")
	String anonymise(@RequestParam int years, RedirectAttributes redirect) {
		if (years < MIN_YEARS || years > MAX_YEARS) {
			return "redirect:/admin/beneficiaries/retention?years=" + years;
		}
		redirect.addFlashAttribute("anonymised", this.retention.anonymise(years));
		return "redirect:/admin/beneficiaries/retention?years=" + years;
	}

}
