package org.socle.assessment.workflow;

import java.io.IOException;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import org.socle.assessment.scoring.Rating;
import org.socle.shared.NotFoundException;
import org.socle.shared.export.ExportColumns;
import org.socle.shared.export.ExportFormat;
import org.socle.shared.export.TableExport;
import org.socle.shared.export.TableExports;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The assessment lists as CSV or XLSX, every line in the list's order: an establishment's
 * assessments (for whoever may read the establishment, without a manager's hidden audits)
 * and the auditors' review queue.
 */
@Controller
class AssessmentExportController {

	private final AssessmentQueries queries;

	private final TableExports exports;

	AssessmentExportController(AssessmentQueries queries, TableExports exports) {
		this.queries = queries;
		this.exports = exports;
	}

	@GetMapping("/establishments/{establishmentId:\\d+}/assessments/export.{extension}")
	void exportEstablishment(@PathVariable long establishmentId, @PathVariable String extension,
			HttpServletResponse response) throws IOException {
		ExportFormat format = format(extension);
		download("assessment.list.title", this.queries.exportForEstablishment(establishmentId), format, response);
	}

	@GetMapping("/assessments/review/export.{extension}")
	void exportReviewQueue(@PathVariable String extension, HttpServletResponse response) throws IOException {
		ExportFormat format = format(extension);
		download("assessment.review.title", this.queries.exportReviewQueue(), format, response);
	}

	private void download(String titleKey, Supplier<Stream<AssessmentListRow>> rows, ExportFormat format,
			HttpServletResponse response) throws IOException {
		this.exports.download(TableExport.of(titleKey, columns(LocaleContextHolder.getLocale()), rows), format,
				response);
	}

	private static ExportFormat format(String extension) {
		return ExportFormat.ofExtension(extension).orElseThrow(() -> new NotFoundException("Export format", extension));
	}

	private static ExportColumns<AssessmentListRow> columns(Locale locale) {
		return ExportColumns.<AssessmentListRow>of()
			.number("export.table.id", AssessmentListRow::id)
			.text("assessment.column.establishment", (row) -> row.establishmentName(locale))
			.text("establishment.organisation", AssessmentListRow::organisationName)
			.date("assessment.column.referenceDate", AssessmentListRow::referenceDate)
			.label("assessment.column.kind", AssessmentListRow::kind)
			.label("assessment.column.status", AssessmentListRow::status)
			.text("assessment.column.standard", AssessmentListRow::standardLabel)
			.number("assessment.column.score", AssessmentListRow::scoreDisplay)
			.label("assessment.column.rating", (row) -> (row.rating() != null) ? Rating.valueOf(row.rating()) : null)
			.text("assessment.column.by", AssessmentListRow::creatorName)
			.dateTime("assessment.column.submittedAt", AssessmentListRow::submittedAt)
			.number("assessment.column.overdueActions", AssessmentListRow::overdueActions);
	}

}
