package org.socle.beneficiary.importing;

import java.io.IOException;

import org.socle.beneficiary.register.BeneficiaryService;
import org.socle.establishment.EstablishmentAccess;
import org.socle.shared.web.Downloads;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Import of beneficiaries from CSV or XLSX: upload, preview, confirmation, templates. */
@Controller
class ImportController {

	static final String UPLOAD_VIEW = "beneficiary/import";

	static final String PREVIEW_VIEW = "beneficiary/import-preview";

	private final ImportService imports;

	private final BeneficiaryService beneficiaries;

	private final EstablishmentAccess establishments;

	ImportController(ImportService imports, BeneficiaryService beneficiaries, EstablishmentAccess establishments) {
		this.imports = imports;
		this.beneficiaries = beneficiaries;
		this.establishments = establishments;
	}

	@GetMapping("/establishments/{id}/beneficiaries/import")
	String showUpload(@PathVariable long id, Model model) {
		model.addAttribute("establishment", this.beneficiaries.requireManaged(id));
		model.addAttribute("encodings", SpreadsheetReader.ENCODINGS);
		return UPLOAD_VIEW;
	}

	@PostMapping("/establishments/{id}/beneficiaries/import")
	String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("uploadError", "import.emptyFile");
			return showUpload(id, model);
		}
		try {
			ImportService.Uploaded upload = this.imports.upload(id, file.getOriginalFilename(), file.getBytes());
			if (upload.replacedOldest()) {
				redirect.addFlashAttribute("warning", "import.oldestReplaced");
			}
			return "redirect:/establishments/" + id + "/beneficiaries/import/" + upload.token();
		}
		catch (ImportStore.StoreFullException ex) {
			model.addAttribute("uploadError", "import.storeFull");
			return showUpload(id, model);
		}
	}

	@GetMapping("/establishments/{id}/beneficiaries/import/{token}")
	String showPreview(@PathVariable long id, @PathVariable String token,
			@RequestParam(required = false) String encoding, Model model) {
		model.addAttribute("preview", this.imports.preview(id, token, encoding));
		model.addAttribute("establishment", this.establishments.requireReadable(id));
		model.addAttribute("encodings", SpreadsheetReader.ENCODINGS);
		return PREVIEW_VIEW;
	}

	@PostMapping("/establishments/{id}/beneficiaries/import/{token}")
	String confirm(@PathVariable long id, @PathVariable String token, @RequestParam(required = false) String encoding,
			@RequestParam(required = false) String fingerprint,
			@RequestParam(defaultValue = "false") boolean includeDuplicates,
			@RequestParam(defaultValue = "false") boolean confirmOverCapacity, RedirectAttributes redirect) {
		int count;
		try {
			count = this.imports.confirm(id, token, encoding, fingerprint, includeDuplicates, confirmOverCapacity);
		}
		catch (ImportService.OverCapacityException ex) {
			return backToPreview(id, token, encoding, "import.overCapacity.confirmRequired", redirect);
		}
		catch (ImportService.PreviewChangedException ex) {
			return backToPreview(id, token, encoding, "import.changedSincePreview", redirect);
		}
		redirect.addFlashAttribute("imported", count);
		return "redirect:/establishments/" + id + "/beneficiaries";
	}

	private static String backToPreview(long id, String token, String encoding, String warning,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("warning", warning);
		if (encoding != null && SpreadsheetReader.ENCODINGS.contains(encoding)) {
			redirect.addAttribute("encoding", encoding);
		}
		return "redirect:/establishments/" + id + "/beneficiaries/import/" + token;
	}

	@GetMapping("/establishments/{id}/beneficiaries/import/template.csv")
	ResponseEntity<byte[]> csvTemplate(@PathVariable long id) {
		this.beneficiaries.requireManaged(id);
		return Downloads.attachment(ImportTemplate.csv(), "socle-beneficiaires.csv", new MediaType("text", "csv"));
	}

	@GetMapping("/establishments/{id}/beneficiaries/import/template.xlsx")
	ResponseEntity<byte[]> xlsxTemplate(@PathVariable long id) {
		this.beneficiaries.requireManaged(id);
		return Downloads.attachment(ImportTemplate.xlsx(), "socle-beneficiaires.xlsx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

}
