package org.socle.assessment.actionplan;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.socle.assessment.actionplan.ActionPlanService.Plan;
import org.socle.assessment.actionplan.ActionPlanService.Row;
import org.socle.shared.NotFoundException;
import org.socle.shared.export.ExportColumns;
import org.socle.shared.export.ExportFormat;
import org.socle.shared.export.TableExport;
import org.socle.shared.export.TableExports;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An assessment's action plan as CSV or XLSX, for whoever may read the plan, in the
 * page's order. A plan holds at most one action per indicator of the standard, so its
 * rows are the page's, read once when the request comes in (access checked there too).
 */
@Controller
class ActionPlanExportController {

	private final ActionPlanService plans;

	private final TableExports exports;

	private final MessageSource messages;

	ActionPlanExportController(ActionPlanService plans, TableExports exports, MessageSource messages) {
		this.plans = plans;
		this.exports = exports;
		this.messages = messages;
	}

	@GetMapping("/assessments/{id:\\d+}/actions/export.{extension}")
	void export(@PathVariable long id, @PathVariable String extension, HttpServletResponse response)
			throws IOException {
		ExportFormat format = ExportFormat.ofExtension(extension)
			.orElseThrow(() -> new NotFoundException("Export format", extension));
		Plan plan = this.plans.plan(id);
		this.exports.download(TableExport.of("assessment.tab.actions", columns(LocaleContextHolder.getLocale()),
				() -> plan.rows().stream()), format, response);
	}

	private ExportColumns<Row> columns(Locale locale) {
		return ExportColumns.<Row>of()
			.number("export.table.id", Row::id)
			.text("assessment.action.indicator", Row::indicatorCode)
			.number("assessment.action.levelAtValidation", Row::levelAtValidation)
			.text("assessment.action.title",
					(row) -> (row.title() != null) ? row.title()
							: this.messages.getMessage("assessment.action.proposed",
									new Object[] { row.indicatorCode() }, locale))
			.text("assessment.action.owner", Row::ownerName)
			.date("assessment.action.dueDate", Row::dueDate)
			.label("assessment.action.status", Row::status)
			.date("assessment.action.completedOn", Row::completedOn)
			.yesNo("assessment.action.overdue", Row::overdue);
	}

}
