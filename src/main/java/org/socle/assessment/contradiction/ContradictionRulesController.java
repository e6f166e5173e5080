package org.socle.assessment.contradiction;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admins' page of contradiction rules: what each checks, and a switch to turn it off
 * or on for the assessments submitted from then on.
 */
@Controller
@RequestMapping("/admin/contradiction-rules")
class ContradictionRulesController {

	static final String VIEW = "admin/contradiction-rules";

	private final ContradictionCatalogue catalogue;

	ContradictionRulesController(ContradictionCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	String showList(Model model) {
		model.addAttribute("entries", this.catalogue.entries());
		return VIEW;
	}

	/** Switches a rule; an unknown code is a bad request. */
	@PostMapping
	String switchRule(@RequestParam ContradictionRule code, @RequestParam boolean enabled,
			RedirectAttributes redirect) {
		this.catalogue.setEnabled(code, enabled);
		redirect.addFlashAttribute("success", enabled ? "contradiction.rules.enabled" : "contradiction.rules.disabled");
		return "redirect:/admin/contradiction-rules";
	}

}
