package org.socle.api.v1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.socle.api.v1.support.ApiPage;
import org.socle.api.v1.support.ApiPages;
import org.socle.establishment.Category;
import org.socle.establishment.EstablishmentDirectory;
import org.socle.establishment.EstablishmentProfile;
import org.socle.establishment.EstablishmentSearch;
import org.socle.establishment.EstablishmentStatus;
import org.socle.establishment.EstablishmentSummary;
import org.socle.shared.jdbc.ReadsFromReplica;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The establishments registry with the list page's filters; a manager sees only their
 * organisation's establishments and gets 404 for any other id.
 */
@RestController
@ReadsFromReplica
@RequestMapping("/api/v1/establishments")
@Tag(name = "Establishments")
class EstablishmentsApiController {

	private final EstablishmentDirectory directory;

	EstablishmentsApiController(EstablishmentDirectory directory) {
		this.directory = directory;
	}

	@GetMapping
	@Operation(summary = "Establishments, filtered, sorted and paged in SQL",
			description = "Size at most 100. Sort (e.g. sort=regionCode,desc): nameFr (default), category, "
					+ "regionCode, status, authorisationExpiry, authorisedCapacity; others are ignored.")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "A page of establishments",
			content = @Content(examples = @ExampleObject(value = """
					{"items":[{"id":12,"nameFr":"Foyer Al Amal","nameAr":"دار الأمل","category":"CHILDREN",
					 "status":"ACTIVE","organisationId":3,"organisationName":"Association Al Amal","regionCode":"MA-04",
					 "authorisationStatus":"VALID","authorisationExpiry":"2027-06-30","authorisationExpired":false,
					 "authorisedCapacity":60}],"page":0,"size":20,"totalItems":1,"totalPages":1,
					 "links":{"self":"https://socle.example/api/v1/establishments?region=MA-04&page=0&size=20",
					          "next":null,"prev":null,
					          "first":"https://socle.example/api/v1/establishments?region=MA-04&page=0&size=20",
					          "last":"https://socle.example/api/v1/establishments?region=MA-04&page=0&size=20"}}""")))
	@ApiResponse(responseCode = "400", description = "A filter's value does not parse (an unknown category)")
	ResponseEntity<ApiPage<EstablishmentSummary>> listEstablishments(
			@Parameter(description = "Part of the French or Arabic name") @RequestParam(required = false) String q,
			@Parameter(description = "Region code", example = "MA-04") @RequestParam(required = false) String region,
			@Parameter(description = "Province id") @RequestParam(required = false) Long province,
			@RequestParam(required = false) Category category,
			@RequestParam(required = false) EstablishmentStatus status,
			@Parameter(description = "Organisation id") @RequestParam(required = false) Long organisation,
			@Parameter(description = "Only those whose authorisation has expired") @RequestParam(
					defaultValue = "false") boolean expired,
			@Parameter(description = "Only those without a valid authorisation today") @RequestParam(
					defaultValue = "false") boolean unauthorised,
			@ParameterObject @PageableDefault(size = 20) Pageable pageable) {
		return ApiPages.ok(this.directory.search(
				new EstablishmentSearch(q, region, province, category, status, organisation, expired, unauthorised),
				pageable));
	}

	@GetMapping("/{id}")
	@Operation(summary = "An establishment's profile")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "The establishment",
			content = @Content(examples = @ExampleObject(value = """
					{"id":12,"nameFr":"Foyer Al Amal","nameAr":"دار الأمل","category":"CHILDREN","status":"ACTIVE",
					 "organisationId":3,"organisationName":"Association Al Amal","regionCode":"MA-04","provinceId":21,
					 "address":"12 rue Oued Sebou, Rabat","latitude":34.0209,"longitude":-6.8416,
					 "authorisationNumber":"AUT-2021-118","authorisationDate":"2021-07-01",
					 "authorisationExpiry":"2027-06-30","authorisationStatus":"VALID","authorisationExpired":false,
					 "authorisedCapacity":60,"capacityMale":30,"capacityFemale":30,"openingDate":"2012-09-01",
					 "updatedAt":"2026-11-02T10:15:00Z","version":4}""")))
	@ApiResponse(responseCode = "404", description = "No such establishment, or not the caller's organisation's")
	EstablishmentProfile showEstablishment(@PathVariable long id) {
		return this.directory.profile(id);
	}

}
