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

/** One-person export (JSON, PDF) and the establishment's list as CSV or XLSX. */
@Controller
class ExportController {

	static final String VIEW = "beneficiary/export";

	private final PersonalDataExport person;

	private final ListExport list;

	private final TableExports exports;

	ExportController(PersonalDataExport person, ListExport list, TableExports exports) {
		this.person = person;
		this.list = list;
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

}
