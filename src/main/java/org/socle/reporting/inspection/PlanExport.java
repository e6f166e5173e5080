package org.socle.reporting.inspection;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.socle.reference.ReferenceDataService;
import org.socle.reference.RegionRef;
import org.socle.shared.export.ExportColumns;
import org.socle.shared.export.TableExport;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The plan as a file, with the page's filters and order, every page at once: each
 * establishment, its score, its reasons with their points and its visit (planned, or else
 * the latest done).
 */
@Component
class PlanExport {

	private final InspectionPlan plan;

	private final ReferenceDataService reference;

	private final MessageSource messages;

	PlanExport(InspectionPlan plan, ReferenceDataService reference, MessageSource messages) {
		this.plan = plan;
		this.reference = reference;
		this.messages = messages;
	}

	/**
	 * @throws org.socle.shared.NotAllowedException for a manager, before anything is sent
	 */
	TableExport<RiskRow> of(InspectionFilter filter, Locale locale) {
		Map<String, RegionRef> regions = this.reference.regionsByCode();
		ExportColumns<RiskRow> columns = ExportColumns.<RiskRow>of()
			.number("export.table.id", RiskRow::establishmentId)
			.text("inspection.column.establishment", (row) -> row.name(locale))
			.text("inspection.column.region",
					(row) -> (regions.containsKey(row.regionCode())) ? regions.get(row.regionCode()).name(locale)
							: row.regionCode())
			.label("inspection.column.category", RiskRow::category)
			.number("inspection.column.score", RiskRow::riskScore)
			.text("inspection.column.reasons", (row) -> reasons(row, locale))
			.text("inspection.column.auditor", (row) -> (row.visit() != null) ? row.visit().auditorName() : null)
			.date("inspection.column.plannedOn", (row) -> (row.visit() != null) ? row.visit().plannedOn() : null)
			.date("inspection.column.doneOn", (row) -> (row.visit() != null) ? row.visit().doneOn() : null);
		return TableExport.of("inspection.title", columns, this.plan.export(filter));
	}

	/** "Autorisation expirée (20); Notation D (20)". */
	private String reasons(RiskRow row, Locale locale) {
		return row.reasons()
			.stream()
			.map((reason) -> this.messages.getMessage("inspection.reason.points",
					new Object[] { this.messages.getMessage(reason.factor().messageKey(), null, locale),
							reason.points() },
					locale))
			.collect(Collectors.joining("; "));
	}

}
