package org.socle.reporting.dashboard;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.socle.shared.NotFoundException;
import org.socle.shared.export.ExportFormat;
import org.socle.shared.export.TableExports;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The dashboard's tables as CSV or XLSX, with the dashboard's filters: the ranking at
 * {@code /dashboard/export.csv?region=MA-04} (every establishment, in the ranking's sort,
 * all pages), the others at {@code /dashboard/{table}/export.csv} (see
 * {@link DashboardTables}).
 */
@Controller
class DashboardExportController {

	private final DashboardTables tables;

	private final TableExports exports;

	DashboardExportController(DashboardTables tables, TableExports exports) {
		this.tables = tables;
		this.exports = exports;
	}

	/** Filters that do not parse are dropped, as on the dashboard. */
	@GetMapping("/dashboard/export.{extension}")
	void exportRanking(@PathVariable String extension, @ModelAttribute("filter") DashboardFilter filter,
			BindingResult ignored, @PageableDefault(size = 20) Pageable ranking, Locale locale,
			HttpServletResponse response) throws IOException {
		exportTable("ranking", extension, filter, ignored, ranking, locale, response);
	}

	@GetMapping("/dashboard/{table}/export.{extension}")
	void exportTable(@PathVariable String table, @PathVariable String extension,
			@ModelAttribute("filter") DashboardFilter filter, BindingResult ignored,
			@PageableDefault(size = 20) Pageable ranking, Locale locale, HttpServletResponse response)
			throws IOException {
		ExportFormat format = ExportFormat.ofExtension(extension)
			.orElseThrow(() -> new NotFoundException("Export format", extension));
		this.exports.download(this.tables.export(table, filter, ranking, locale), format, response);
	}

}
