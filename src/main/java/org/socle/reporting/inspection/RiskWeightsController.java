package org.socle.reporting.inspection;

import org.socle.shared.StaleEditException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' page of the risk factors' weights. */
@Controller
class RiskWeightsController {

	static final String VIEW = "reporting/inspection/weights";

	private final RiskWeights weights;

	RiskWeightsController(RiskWeights weights) {
		this.weights = weights;
	}

	@GetMapping("/admin/inspections/weights")
	String showWeights(Model model) {
		model.addAttribute("riskWeightsForm", this.weights.form());
		return view(model);
	}

	@PostMapping("/admin/inspections/weights")
	String save(@ModelAttribute RiskWeightsForm riskWeightsForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			this.weights.save(riskWeightsForm, result);
		}
		catch (StaleEditException ex) {
			ex.reportTo(result);
		}
		if (result.hasErrors()) {
			return view(model);
		}
		redirect.addFlashAttribute("success", "inspection.weights.saved");
		return "redirect:/admin/inspections/weights";
	}

	private String view(Model model) {
		model.addAttribute("factors", this.weights.factors());
		return VIEW;
	}

}
