package org.socle.api.v1;

import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.socle.api.v1.support.ApiPage;
import org.socle.api.v1.support.ApiPages;
import org.socle.identity.SocleUser;
import org.socle.organisation.OrganisationService;
import org.socle.organisation.OrganisationSummary;
import org.socle.shared.web.Paging;
import org.socle.shared.jdbc.ReadsFromReplica;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The organisations that manage establishments; a manager sees only their own. */
@RestController
@ReadsFromReplica
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations")
class OrganisationsApiController {

	private static final Sort BY_NAME = Sort.by(Sort.Order.asc("name").ignoreCase());

	private final OrganisationService organisations;

	OrganisationsApiController(OrganisationService organisations) {
		this.organisations = organisations;
	}

	@GetMapping
	@Operation(summary = "Organisations by name, searched by name or registration number",
			description = "Paged in SQL (size at most 100). Sort: name.")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "A page of organisations",
			content = @Content(examples = @ExampleObject(
					value = """
							{"items":[{"id":3,"name":"Association Al Amal","legalForm":"ASSOCIATION","regionCode":"MA-04",
							 "active":true}],"page":0,"size":20,"totalItems":1,"totalPages":1,
							 "links":{"self":"https://socle.example/api/v1/organisations?page=0&size=20","next":null,"prev":null,
							          "first":"https://socle.example/api/v1/organisations?page=0&size=20",
							          "last":"https://socle.example/api/v1/organisations?page=0&size=20"}}""")))
	ResponseEntity<ApiPage<OrganisationSummary>> listOrganisations(@Parameter(
			description = "Part of the name or registration number") @RequestParam(required = false) String q,
			@ParameterObject @PageableDefault(size = 20) Pageable pageable) {
		SocleUser user = SocleUser.current();
		Pageable safe = Paging.safe(pageable, Paging.MAX_PAGE_SIZE, Set.of("name"), BY_NAME);
		return ApiPages.ok(this.organisations.page(q, user.isManager() ? user.organisationId() : null, safe));
	}

}
