package org.socle.reporting.inspection;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.validation.Valid;
import org.socle.shared.StaleEditException;
import org.socle.shared.web.ConcurrentEdits;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Assigning, changing and cancelling an establishment's inspection visit, and recording
 * it done.
 */
@Controller
class VisitController {

	private final Visits visits;

	private final InspectionPlanController pages;

	VisitController(Visits visits, InspectionPlanController pages) {
		this.visits = visits;
		this.pages = pages;
	}

	@PostMapping("/inspections/establishments/{id}/visit")
	String assign(@PathVariable long id, @Valid @ModelAttribute VisitForm visitForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		InspectionPlan.requirePlanReader();
		if (!ConcurrentEdits.saved(() -> this.visits.assign(id, visitForm, result), result,
				(version) -> visitForm.setVersion(version)) || result.hasErrors()) {
			return this.pages.detail(id, model);
		}
		redirect.addFlashAttribute("success", "inspection.visit.saved");
		return "redirect:/inspections/establishments/" + id;
	}

	@PostMapping("/inspections/establishments/{id}/visit/done")
	String done(@PathVariable long id, @Valid @ModelAttribute VisitDoneForm visitDoneForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		InspectionPlan.requirePlanReader();
		AtomicBoolean planned = new AtomicBoolean();
		if (!ConcurrentEdits.saved(() -> planned.set(this.visits.done(id, visitDoneForm, result)), result,
				(version) -> visitDoneForm.setVersion(version)) || result.hasErrors()) {
			return this.pages.detail(id, model);
		}
		redirect.addFlashAttribute(planned.get() ? "success" : "warning",
				planned.get() ? "inspection.visit.doneSaved" : "inspection.visit.notPlanned");
		return "redirect:/inspections/establishments/" + id;
	}

	@PostMapping("/inspections/establishments/{id}/visit/cancel")
	String cancel(@PathVariable long id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
		try {
			boolean cancelled = this.visits.cancel(id, version);
			redirect.addFlashAttribute(cancelled ? "success" : "warning",
					cancelled ? "inspection.visit.cancelled" : "inspection.visit.none");
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("warning", "record.removeStale");
		}
		return "redirect:/inspections/establishments/" + id;
	}

}
