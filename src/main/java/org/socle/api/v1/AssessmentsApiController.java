package org.socle.api.v1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.socle.api.v1.support.ApiPage;
import org.socle.api.v1.support.ApiPages;
import org.socle.assessment.AssessmentSummary;
import org.socle.assessment.EstablishmentAssessments;
import org.socle.shared.web.Paging;
import org.socle.shared.jdbc.ReadsFromReplica;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Where each of an establishment's assessments stands. */
@RestController
@ReadsFromReplica
@Tag(name = "Assessments")
class AssessmentsApiController {

	private final EstablishmentAssessments assessments;

	AssessmentsApiController(EstablishmentAssessments assessments) {
		this.assessments = assessments;
	}

	@GetMapping("/api/v1/establishments/{id}/assessments")
	@Operation(summary = "An establishment's assessments, newest reference date first",
			description = "Self-assessments and audits with their state; managers do not see audits in progress. "
					+ "Paged in SQL (size at most 100); the order is fixed.")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "A page of assessments",
			content = @Content(examples = @ExampleObject(value = """
					{"items":[{"id":40,"kind":"AUDIT","status":"VALIDATED","referenceDate":"2026-06-30",
					 "standard":"SOCLE-EPS 1.0","submittedAt":"2026-07-10T14:02:00Z","updatedAt":"2026-07-15T09:30:00Z",
					 "score":72.5,"rating":"C"},{"id":44,"kind":"SELF","status":"DRAFT","referenceDate":"2026-12-31",
					 "standard":"SOCLE-EPS 1.0","submittedAt":null,"updatedAt":"2026-12-01T11:00:00Z","score":null,
					 "rating":null}],"page":0,"size":20,"totalItems":2,"totalPages":1,"links":{}}""")))
	@ApiResponse(responseCode = "404", description = "No such establishment, or not the caller's organisation's")
	ResponseEntity<ApiPage<AssessmentSummary>> listAssessments(@PathVariable long id,
			@ParameterObject @PageableDefault(size = 20) Pageable pageable) {
		return ApiPages.ok(this.assessments.of(id, Paging.unsorted(pageable, Paging.MAX_PAGE_SIZE)));
	}

}
