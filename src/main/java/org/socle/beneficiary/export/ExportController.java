package org.socle.beneficiary.export;

import java.nio.charset.StandardCharsets;

import org.socle.shared.web.Downloads;

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

	private final PersonalDataExport person;

	private final ListExport list;

	ExportController(PersonalDataExport person, ListExport list) {
		this.person = person;
		this.list = list;
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

	@GetMapping("/establishments/{id}/beneficiaries/export.csv")
	ResponseEntity<byte[]> exportList(@PathVariable long id, @RequestParam(required = false) String status) {
		return Downloads.attachment(this.list.listCsv(id, status), "beneficiaires-" + id + ".csv",
				new MediaType("text", "csv", StandardCharsets.UTF_8));
	}

}
