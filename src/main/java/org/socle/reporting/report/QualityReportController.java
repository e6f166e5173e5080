package org.socle.reporting.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.socle.shared.pdf.RenderedPdfs;
import org.socle.shared.web.Downloads;
import org.socle.shared.web.RenderedViews;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An establishment's quality report, as a page (printable) and as a PDF made from the
 * same data ({@code ?lang=fr|ar|en} picks the language, as everywhere).
 * <p>
 * Both are kept under the report itself: the data is read on every request, after the
 * access check, and a report equal to one already rendered (same figures, names, dates,
 * language) is served from memory without Thymeleaf (about 60 % of the page's CPU at
 * national scale) or the PDF's layout. A change of any figure gives another report, so
 * another key, on every node: there is nothing to invalidate (docs/performance.md, "The
 * quality report and its PDF at L"). The body shows nothing of the user.
 */
@Controller
@RequestMapping("/establishments/{id:\\d+}")
class QualityReportController {

	static final String PAGE_VIEW = "reporting/report/page";

	static final String PAGE_BODY = "reporting/report/page-body :: body";

	static final String PDF_TEMPLATE = "reporting/report/pdf";

	private final QualityReports reports;

	private final RenderedViews views;

	private final RenderedPdfs pdf;

	private final MessageSource messages;

	private final ApplicationContext context;

	QualityReportController(QualityReports reports, RenderedViews views, RenderedPdfs pdf, MessageSource messages,
			ApplicationContext context) {
		this.reports = reports;
		this.views = views;
		this.pdf = pdf;
		this.messages = messages;
		this.context = context;
	}

	/**
	 * @param date the date of the data; today when absent
	 */
	@GetMapping("/report")
	String showReport(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Locale locale, Model model) {
		QualityReport report = this.reports.report(id, date);
		model.addAttribute("report", report);
		model.addAttribute("body", this.views.html(new PageBody(report, locale), PAGE_BODY,
				() -> Map.of("report", report, "charts", ReportCharts.of(report, this.messages, locale))));
		return PAGE_VIEW;
	}

	@GetMapping("/report.pdf")
	ResponseEntity<byte[]> downloadPdf(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Locale locale) {
		QualityReport report = this.reports.report(id, date);
		// the page's helpers (@scores, @formats) need the application's beans outside a
		// request's view
		byte[] body = this.pdf.render(report, PDF_TEMPLATE,
				() -> Map.of("report", report, "charts", ReportCharts.of(report, this.messages, locale),
						ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
						new ThymeleafEvaluationContext(this.context, null)),
				locale);
		return Downloads.attachment(body, "rapport-qualite-" + id + "-" + report.date() + ".pdf",
				MediaType.APPLICATION_PDF);
	}

	/** What the page's body varies by: the report and the language it is written in. */
	private record PageBody(QualityReport report, Locale locale) {
	}

}
