package org.socle.reporting.dashboard;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.socle.reference.ReferenceDataService;
import org.socle.reference.RegionRef;
import org.socle.shared.NotFoundException;
import org.socle.shared.export.ExportColumns;
import org.socle.shared.export.ExportFormat;
import org.socle.shared.export.TableExport;
import org.socle.shared.export.TableExports;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The dashboard's ranking as CSV or XLSX ({@code /dashboard/export.csv?region=MA-04}):
 * every establishment of the dashboard's filters, in the ranking's sort, all pages.
 */
@Controller
class DashboardExportController {

	private final Dashboard dashboard;

	private final ReferenceDataService reference;

	private final TableExports exports;

	DashboardExportController(Dashboard dashboard, ReferenceDataService reference, TableExports exports) {
		this.dashboard = dashboard;
		this.reference = reference;
		this.exports = exports;
	}

	/** Filters that do not parse are dropped, as on the dashboard. */
	@GetMapping("/dashboard/export.{extension}")
	void export(@PathVariable String extension, @ModelAttribute("filter") DashboardFilter filter, BindingResult ignored,
			@PageableDefault(size = 20) Pageable ranking, Locale locale, HttpServletResponse response)
			throws IOException {
		ExportFormat format = ExportFormat.ofExtension(extension)
			.orElseThrow(() -> new NotFoundException("Export format", extension));
		this.exports.download(TableExport.of("dashboard.ranking.title", columns(locale),
				this.dashboard.exportRanking(filter, ranking, locale)), format, response);
	}

	private ExportColumns<RankingRow> columns(Locale locale) {
		Map<String, RegionRef> regions = this.reference.regionsByCode();
		return ExportColumns.<RankingRow>of()
			.number("export.table.id", RankingRow::establishmentId)
			.text("dashboard.column.name", (row) -> row.name(locale))
			.text("dashboard.column.region", (row) -> {
				RegionRef region = regions.get(row.regionCode());
				return (region != null) ? region.name(locale) : row.regionCode();
			})
			.label("dashboard.column.category", RankingRow::category)
			.text("dashboard.column.organisation", RankingRow::organisationName)
			.number("dashboard.column.score", RankingRow::score)
			.text("dashboard.column.rating", RankingRow::rating)
			.date("dashboard.column.validated", RankingRow::validatedOn)
			.number("dashboard.column.occupancy", RankingRow::occupancy)
			.number("dashboard.column.overdue", RankingRow::overdueActions);
	}

}
