package org.socle.beneficiary;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** One-person export (JSON, PDF) and the establishment's list as CSV. */
@Controller
class ExportController {

	static final String VIEW = "beneficiary/export";

	private final ExportService exports;

	ExportController(ExportService exports) {
		this.exports = exports;
	}

	@GetMapping("/beneficiaries/{id}/export")
	String showExport(@PathVariable long id, Model model) {
		model.addAttribute("beneficiary", this.exports.exportPage(id));
		return VIEW;
	}

	@GetMapping(path = "/beneficiaries/{id}/export", params = "format=json")
	ResponseEntity<byte[]> exportJson(@PathVariable long id) {
		return ImportController.download(this.exports.json(id), "beneficiaire-" + id + ".json",
				MediaType.APPLICATION_JSON);
	}

	@GetMapping(path = "/beneficiaries/{id}/export", params = "format=pdf")
	ResponseEntity<byte[]> exportPdf(@PathVariable long id) {
		return ImportController.download(this.exports.pdf(id), "beneficiaire-" + id + ".pdf",
				MediaType.APPLICATION_PDF);
	}

	@GetMapping("/establishments/{id}/beneficiaries/export.csv")
	ResponseEntity<byte[]> exportList(@PathVariable long id, @RequestParam(required = false) String status) {
		return ImportController.download(this.exports.listCsv(id, status), "beneficiaires-" + id + ".csv",
				new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
	}

}
