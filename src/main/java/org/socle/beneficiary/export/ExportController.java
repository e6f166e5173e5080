package org.socle.beneficiary.export;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.socle.shared.NotFoundException;
import org.socle.shared.export.ExportFormat;
import org.socle.shared.export.TableExports;
import org.socle.shared.web.Downloads;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One-person export (JSON, PDF), the establishment's list and a region's pseudonymised
 * list as CSV or XLSX.
 */
@Controller
class ExportController {

	static final String VIEW = "beneficiary/export";

	private final PersonalDataExport person;

	private final ListExport list;

	private final RegionalListExport region;

	private final TableExports exports;

	ExportController(PersonalDataExport person, ListExport list, RegionalListExport region, TableExports exports) {
		this.person = person;
		this.list = list;
		this.region = region;
		this.exports = exports;
	}

	@GetMapping("/beneficiaries/{id}/export")
	String showExport(@PathVariable long id, Model model) {
		model.addAttribute("beneficiary", this.person.exportPage(id));
		return VIEW;
	}

	@GetMapping(path = "/beneficiaries/{id}/export", params = "format=json")
	ResponseEntity<byte[]> exportJson(@PathVariable long id) {
		return Downloads.attachment(this.person.json(id), "beneficiaire-" + id + ".json", MediaType.APPLICATION_JSON);
	}

	@GetMapping(path = "/beneficiaries/{id}/export", params = "format=pdf")
	ResponseEntity<byte[]> exportPdf(@PathVariable long id) {
		return Downloads.attachment(this.person.pdf(id), "beneficiaire-" + id + ".pdf", MediaType.APPLICATION_PDF);
	}

	/** The list with its filters, as CSV or XLSX (the page's export links). */
	@GetMapping("/establishments/{id}/beneficiaries/export.{extension}")
	void exportList(@PathVariable long id, @PathVariable String extension,
			@RequestParam(required = false) String status, @RequestParam(required = false) String q,
			HttpServletResponse response) throws IOException {
		ExportFormat format = ExportFormat.ofExtension(extension)
			.orElseThrow(() -> new NotFoundException("Export format", extension));
		this.exports.download(this.list.export(id, status, q, format), format, response);
	}

	/**
	 * Every establishment's list of a region, pseudonymised, for auditors and admins
	 * ({@code /beneficiaries/export.csv?region=MA-01}, linked from the dashboard).
	 */
	@GetMapping("/beneficiaries/export.{extension}")
	void exportRegion(@PathVariable String extension, @RequestParam(required = false) String region,
			@RequestParam(required = false) String status, HttpServletResponse response) throws IOException {
		ExportFormat format = ExportFormat.ofExtension(extension)
			.orElseThrow(() -> new NotFoundException("Export format", extension));
		this.exports.download(this.region.export(region, status, format), format, response);
	}

}
