package org.socle.assessment.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.socle.shared.web.Urls;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Uploading, removing and downloading evidence files. Downloads are always attachments,
 * with the stored type and {@code nosniff}, so that a browser never renders an uploaded
 * file as a page.
 */
@Controller
@RequestMapping("/assessments/{id:\\d+}")
class EvidenceController {

	private final EvidenceService evidence;

	EvidenceController(EvidenceService evidence) {
		this.evidence = evidence;
	}

	@PostMapping("/answers/{code}/evidence")
	String upload(@PathVariable long id, @PathVariable String code,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
		String anchor = "redirect:/assessments/" + id + "#ind-" + Urls.fragment(code);
		if (file == null || file.isEmpty()) {
			return rejected(redirect, code, EvidenceRejected.Reason.EMPTY, anchor);
		}
		if (file.getSize() > this.evidence.maxSize().toBytes()) {
			return rejected(redirect, code, EvidenceRejected.Reason.TOO_LARGE, anchor);
		}
		try (InputStream content = file.getInputStream()) {
			this.evidence.add(id, code, file.getOriginalFilename(), content);
		}
		catch (EvidenceRejected ex) {
			return rejected(redirect, code, ex.reason(), anchor);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		redirect.addFlashAttribute("success", "assessment.evidence.added");
		return anchor;
	}

	@PostMapping("/evidence/{evidenceId:\\d+}/delete")
	String remove(@PathVariable long id, @PathVariable long evidenceId, @RequestParam String code,
			RedirectAttributes redirect) {
		this.evidence.remove(id, evidenceId);
		redirect.addFlashAttribute("success", "assessment.evidence.removed");
		return "redirect:/assessments/" + id + "#ind-" + Urls.fragment(code);
	}

	@GetMapping("/evidence/{evidenceId:\\d+}")
	ResponseEntity<InputStreamResource> download(@PathVariable long id, @PathVariable long evidenceId) {
		EvidenceService.Download download = this.evidence.download(id, evidenceId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.contentType()))
			.contentLength(download.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(download.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(new InputStreamResource(download.open()));
	}

	private String rejected(RedirectAttributes redirect, String code, EvidenceRejected.Reason reason, String anchor) {
		redirect.addFlashAttribute("evidenceError", "assessment.evidence.rejected." + reason);
		redirect.addFlashAttribute("evidenceErrorCode", code);
		redirect.addFlashAttribute("evidenceMaxMb", this.evidence.maxSize().toMegabytes());
		return anchor;
	}

}
