package org.socle.assessment.actionplan;

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

/**
 * The action plan of a validated assessment, and editing one of its actions.
 */
@Controller
class ActionPlanController {

	static final String PLAN_VIEW = "assessment/actions";

	static final String FORM_VIEW = "assessment/action-form";

	private final ActionPlanService plans;

	ActionPlanController(ActionPlanService plans) {
		this.plans = plans;
	}

	@GetMapping("/assessments/{id:\\d+}/actions")
	String showPlan(@PathVariable long id, Model model) {
		model.addAttribute("plan", this.plans.plan(id));
		model.addAttribute("statuses", ActionStatus.values());
		return PLAN_VIEW;
	}

	/** Where an action lives: the records behind metric D7.C2.I1 link here. */
	@GetMapping("/assessments/actions/{itemId:\\d+}")
	String showAction(@PathVariable long itemId) {
		long assessmentId = this.plans.assessmentOf(itemId);
		return "redirect:/assessments/" + assessmentId + "/actions#action-" + itemId;
	}

	@GetMapping("/assessments/{id:\\d+}/actions/{itemId:\\d+}/edit")
	String showEditForm(@PathVariable long id, @PathVariable long itemId, Model model) {
		model.addAttribute("actionItemForm", this.plans.form(id, itemId));
		return formView(id, itemId, model);
	}

	@PostMapping("/assessments/{id:\\d+}/actions/{itemId:\\d+}/edit")
	String update(@PathVariable long id, @PathVariable long itemId,
			@Valid @ModelAttribute ActionItemForm actionItemForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.plans.checkEditable(id);
		this.plans.validate(actionItemForm, result);
		if (result.hasErrors()) {
			return formView(id, itemId, model);
		}
		if (!ConcurrentEdits.saved(() -> this.plans.update(id, itemId, actionItemForm), result,
				actionItemForm::setVersion)) {
			return formView(id, itemId, model);
		}
		redirect.addFlashAttribute("success", "assessment.action.saved");
		return "redirect:/assessments/" + id + "/actions#action-" + itemId;
	}

	private String formView(long id, long itemId, Model model) {
		model.addAttribute("assessmentId", id);
		model.addAttribute("item", this.plans.item(id, itemId));
		model.addAttribute("statuses", ActionStatus.values());
		return FORM_VIEW;
	}

}
