package org.socle.care;

import java.time.LocalDate;

import jakarta.validation.Valid;
import org.socle.establishment.EstablishmentAccess;
import org.socle.shared.StaleEditException;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Services of an establishment (list, group entry), care plans, computed indicators. */
@Controller
class CareController {

	static final String SERVICES_VIEW = "care/services";

	static final String ENTRY_VIEW = "care/service-entry";

	static final String CARE_VIEW = "care/beneficiary-care";

	static final String METRICS_VIEW = "care/metrics";

	private final CareService care;

	private final EstablishmentAccess establishments;

	private final EstablishmentMetrics metrics;

	CareController(CareService care, EstablishmentAccess establishments, EstablishmentMetrics metrics) {
		this.care = care;
		this.establishments = establishments;
		this.metrics = metrics;
	}

	@GetMapping("/establishments/{id}/services")
	String showServices(@PathVariable long id, @RequestParam(required = false) Long type,
			@PageableDefault(size = 50) Pageable pageable, Model model) {
		model.addAttribute("page", this.care.services(id, type, pageable));
		model.addAttribute("establishment", this.establishments.requireReadable(id));
		model.addAttribute("types", this.care.types(false));
		model.addAttribute("type", type);
		model.addAttribute("editable", this.establishments.canEditReadable() && this.care.isManager());
		return SERVICES_VIEW;
	}

	@GetMapping("/establishments/{id}/services/new")
	String showEntryForm(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		this.care.requireManaged(id);
		ServiceEntryForm form = new ServiceEntryForm();
		form.setServiceDate((date != null) ? date : this.care.today());
		model.addAttribute("serviceEntryForm", form);
		return entryView(model, id, form.getServiceDate());
	}

	private String entryView(Model model, long id, LocalDate date) {
		LocalDate day = (date != null) ? date : this.care.today();
		model.addAttribute("establishment", this.care.requireManaged(id));
		model.addAttribute("types", this.care.types(true));
		model.addAttribute("staff", this.care.staff(id, day));
		model.addAttribute("present", this.care.activeBeneficiaries(id, day));
		return ENTRY_VIEW;
	}

	@PostMapping("/establishments/{id}/services/new")
	String recordServices(@PathVariable long id, @Valid @ModelAttribute ServiceEntryForm serviceEntryForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		int count = this.care.record(id, serviceEntryForm, result);
		if (count == 0) {
			return entryView(model, id, serviceEntryForm.getServiceDate());
		}
		redirect.addFlashAttribute("success", "care.services.recorded");
		return "redirect:/establishments/" + id + "/services";
	}

	@GetMapping("/beneficiaries/{id}/care")
	String showCare(@PathVariable long id, Model model) {
		BeneficiaryCare page = this.care.care(id);
		model.addAttribute("care", page);
		if (page.editable()) {
			model.addAttribute("carePlanForm", this.care.planForm(id));
			ReviewForm review = new ReviewForm();
			review.setReviewDate(this.care.today());
			model.addAttribute("reviewForm", review);
		}
		return CARE_VIEW;
	}

	@PostMapping("/beneficiaries/{id}/care-plan")
	String savePlan(@PathVariable long id, @Valid @ModelAttribute CarePlanForm carePlanForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.care.savePlan(id, carePlanForm);
				redirect.addFlashAttribute("success", "care.plan.saved");
				return "redirect:/beneficiaries/" + id + "/care";
			}
			catch (StaleEditException ex) {
				ex.reportTo(result);
				carePlanForm.setVersion(ex.getCurrentVersion());
			}
		}
		model.addAttribute("care", this.care.care(id));
		ReviewForm review = new ReviewForm();
		review.setReviewDate(this.care.today());
		model.addAttribute("reviewForm", review);
		return CARE_VIEW;
	}

	@PostMapping("/beneficiaries/{id}/care-plan/reviews")
	String addReview(@PathVariable long id, @Valid @ModelAttribute ReviewForm reviewForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && this.care.addReview(id, reviewForm, result)) {
			redirect.addFlashAttribute("success", "care.review.saved");
			return "redirect:/beneficiaries/" + id + "/care";
		}
		model.addAttribute("care", this.care.care(id));
		model.addAttribute("carePlanForm", this.care.planForm(id));
		return CARE_VIEW;
	}

	@GetMapping("/establishments/{id}/indicators")
	String showMetrics(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		LocalDate day = (date != null) ? date : this.care.today();
		model.addAttribute("establishment", this.establishments.requireReadable(id));
		model.addAttribute("results", this.metrics.compute(id, day).values());
		model.addAttribute("date", day);
		return METRICS_VIEW;
	}

}
