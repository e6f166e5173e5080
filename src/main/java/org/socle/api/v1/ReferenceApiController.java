package org.socle.api.v1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.socle.api.v1.support.ApiPage;
import org.socle.api.v1.support.ApiPages;
import org.socle.reference.ProvinceRef;
import org.socle.reference.ReferenceDataService;
import org.socle.reference.RegionRef;
import org.socle.shared.NotFoundException;
import org.socle.shared.jdbc.ReadsFromReplica;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Regions and provinces: reference data, the same for every caller. */
@RestController
@ReadsFromReplica
@RequestMapping("/api/v1/regions")
@Tag(name = "Reference data")
class ReferenceApiController {

	private final ReferenceDataService reference;

	ReferenceApiController(ReferenceDataService reference) {
		this.reference = reference;
	}

	@GetMapping
	@Operation(summary = "The twelve regions, by ISO 3166-2:MA code")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "All regions on one page",
			content = @Content(examples = @ExampleObject(value = """
					{"items":[{"code":"MA-01","nameFr":"Tanger-Tétouan-Al Hoceïma","nameAr":"طنجة تطوان الحسيمة"}],
					 "page":0,"size":12,"totalItems":12,"totalPages":1,
					 "links":{"self":"https://socle.example/api/v1/regions?page=0&size=12","next":null,"prev":null,
					          "first":"https://socle.example/api/v1/regions?page=0&size=12",
					          "last":"https://socle.example/api/v1/regions?page=0&size=12"}}""")))
	ResponseEntity<ApiPage<RegionRef>> listRegions() {
		return ApiPages.all(this.reference.regions());
	}

	@GetMapping("/{code}/provinces")
	@Operation(summary = "A region's provinces and prefectures, active or not, by name")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true,
			description = "All of the region's provinces on one page",
			content = @Content(examples = @ExampleObject(value = """
					{"items":[{"id":21,"regionCode":"MA-04","kind":"PREFECTURE","nameFr":"Rabat","nameAr":"الرباط",
					 "active":true}],"page":0,"size":7,"totalItems":7,"totalPages":1,"links":{}}""")))
	@ApiResponse(responseCode = "404", description = "No such region")
	ResponseEntity<ApiPage<ProvinceRef>> listProvinces(
			@Parameter(description = "Region code", example = "MA-04") @PathVariable String code) {
		if (!this.reference.isRegion(code)) {
			throw new NotFoundException("Region", code);
		}
		return ApiPages
			.all(this.reference.provinces().stream().filter((province) -> province.regionCode().equals(code)).toList());
	}

}
