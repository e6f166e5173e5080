package org.socle.api.v1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.socle.api.v1.support.ApiPage;
import org.socle.api.v1.support.ApiPages;
import org.socle.shared.NotFoundException;
import org.socle.standard.StandardCatalog;
import org.socle.standard.StandardSummary;
import org.socle.shared.jdbc.ReadsFromReplica;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The reference standards: published versions, and a version's whole tree. */
@RestController
@ReadsFromReplica
@RequestMapping("/api/v1/standards")
@Tag(name = "Reference standards")
class StandardsApiController {

	private final StandardCatalog catalog;

	StandardsApiController(StandardCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	@Operation(summary = "Published standard versions, by code then newest version first")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "Every published version on one page",
			content = @Content(examples = @ExampleObject(value = """
					{"items":[{"id":1,"code":"SOCLE-EPS","version":"1.0","title":{"fr":"Socle EPS","ar":"…",
					 "en":"EPS baseline"},"status":"PUBLISHED","publishedAt":"2026-01-15T08:00:00Z","retiredAt":null}],
					 "page":0,"size":1,"totalItems":1,"totalPages":1,"links":{}}""")))
	ResponseEntity<ApiPage<StandardSummary>> listStandards() {
		return ApiPages.all(this.catalog.listPublished());
	}

	@GetMapping(path = "/{code}/{version}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A version's whole tree in the socle-standard/1 JSON format",
			description = "The same document as the standards page's export (docs/standard-format.md): "
					+ "domains, criteria and indicators with their weights, levels and thresholds.")
	@ApiResponse(responseCode = "200", description = "The document",
			content = @Content(schema = @Schema(ref = StandardDocumentSchema.REF), examples = @ExampleObject(value = """
					{"format":"socle-standard/1","code":"SOCLE-EPS","version":"1.0",
					 "title":{"fr":"Socle EPS","ar":"…","en":"EPS baseline"},"description":{"fr":"…","ar":"…","en":"…"},
					 "domains":[{"code":"D1","weight":3,"title":{"fr":"…"},"description":null,
					 "criteria":[{"code":"D1.C1","weight":1,"title":{"fr":"…"},"description":null,
					 "indicators":[]}]}]}""")))
	@ApiResponse(responseCode = "404", description = "No such version (drafts are for admins only)")
	ResponseEntity<byte[]> showStandard(@Parameter(example = "SOCLE-EPS") @PathVariable String code,
			@Parameter(example = "1.0") @PathVariable String version) {
		StandardSummary standard = this.catalog.findVersion(code, version)
			.orElseThrow(() -> new NotFoundException("Reference standard", code + " " + version));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(this.catalog.document(standard.id()));
	}

}
