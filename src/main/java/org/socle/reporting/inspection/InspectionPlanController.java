package org.socle.reporting.inspection;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.socle.establishment.Category;
import org.socle.reference.ReferenceDataService;
import org.socle.shared.NotFoundException;
import org.socle.shared.export.ExportFormat;
import org.socle.shared.export.TableExports;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The inspection plan (auditors and administrators): the ranked list with its filters in
 * the address, its export, and one establishment's explained score with its visit.
 */
@Controller
class InspectionPlanController {

	static final String PLAN_VIEW = "reporting/inspection/plan";

	static final String DETAIL_VIEW = "reporting/inspection/detail";

	private final InspectionPlan plan;

	private final Visits visits;

	private final PlanExport export;

	private final ReferenceDataService reference;

	private final TableExports exports;

	private final Clock clock;

	InspectionPlanController(InspectionPlan plan, Visits visits, PlanExport export, ReferenceDataService reference,
			TableExports exports, Clock clock) {
		this.plan = plan;
		this.visits = visits;
		this.export = export;
		this.reference = reference;
		this.exports = exports;
		this.clock = clock;
	}

	/**
	 * Filters that do not parse are dropped (the binding result is not an error page).
	 */
	@GetMapping("/inspections")
	String showPlan(@ModelAttribute("filter") InspectionFilter filter, BindingResult ignored,
			@PageableDefault(size = 20) Pageable pageable, Model model) {
		model.addAttribute("page", this.plan.page(filter, pageable));
		model.addAttribute("regions", this.reference.regionsByCode());
		model.addAttribute("categories", Category.values());
		model.addAttribute("assignments", InspectionFilter.Assignment.values());
		return PLAN_VIEW;
	}

	@GetMapping("/inspections/export.{extension}")
	void exportPlan(@PathVariable String extension, @ModelAttribute("filter") InspectionFilter filter,
			BindingResult ignored, Locale locale, HttpServletResponse response) throws IOException {
		ExportFormat format = ExportFormat.ofExtension(extension)
			.orElseThrow(() -> new NotFoundException("Export format", extension));
		this.exports.download(this.export.of(filter, locale), format, response);
	}

	@GetMapping("/inspections/establishments/{id}")
	String showEstablishment(@PathVariable long id, Model model) {
		return detail(id, model);
	}

	/**
	 * The detail page around the visit's forms: the one just posted as typed with its
	 * errors, the other fresh.
	 */
	String detail(long id, Model model) {
		if (!model.containsAttribute("visitForm")) {
			model.addAttribute("visitForm", this.visits.formFor(id));
		}
		InspectionPlan.Explanation explanation = this.plan.explain(id);
		if (!model.containsAttribute("visitDoneForm")) {
			model.addAttribute("visitDoneForm",
					VisitDoneForm.today(LocalDate.now(this.clock), explanation.row().visit()));
		}
		model.addAttribute("explanation", explanation);
		model.addAttribute("regions", this.reference.regionsByCode());
		return DETAIL_VIEW;
	}

}
