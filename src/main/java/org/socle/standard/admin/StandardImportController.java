package org.socle.standard.admin;

import java.io.IOException;
import java.util.Locale;

import org.socle.standard.editor.EditorRedirects;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing a {@code socle-standard/1} file as a new draft: all or nothing, every error
 * listed by path.
 */
@Controller
@RequestMapping("/admin/standards")
class StandardImportController {

	private static final String IMPORT_VIEW = "standard/import";

	private final StandardAdminService standards;

	StandardImportController(StandardAdminService standards) {
		this.standards = standards;
	}

	@GetMapping("/import")
	String showImportForm() {
		return IMPORT_VIEW;
	}

	@PostMapping("/import")
	String importFile(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "standard.import.noFile");
			return IMPORT_VIEW;
		}
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename().toLowerCase(Locale.ROOT) : "";
		if (!name.endsWith(".json")) {
			model.addAttribute("fileError", "standard.import.notJson");
			return IMPORT_VIEW;
		}
		StandardAdminService.ImportOutcome outcome = this.standards.importDraft(file.getBytes());
		if (!outcome.problems().isEmpty()) {
			model.addAttribute("problems", outcome.problems());
			model.addAttribute("fileName", file.getOriginalFilename());
			return IMPORT_VIEW;
		}
		redirect.addFlashAttribute("success", "standard.imported");
		return EditorRedirects.toEditor(outcome.standardId());
	}

}
