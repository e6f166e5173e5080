package org.socle.api.v1;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.socle.reporting.BeneficiaryStatistics;
import org.socle.reporting.NationalFigures;
import org.socle.shared.jdbc.ReadsFromReplica;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An establishment's beneficiaries counted, never named. */
@RestController
@ReadsFromReplica
@Tag(name = "Beneficiary statistics")
class BeneficiaryStatisticsApiController {

	private final NationalFigures figures;

	BeneficiaryStatisticsApiController(NationalFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/api/v1/establishments/{id}/beneficiary-statistics")
	@Operation(summary = "An establishment's beneficiaries by sex, age group and disability",
			description = "People present at the reference date, and those discharged in the twelve months "
					+ "before it. Every count under 5 is suppressed (null), as on the dashboard; no name, "
					+ "pseudonym or id is ever sent.")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "The counts",
			content = @Content(examples = @ExampleObject(value = """
					{"establishmentId":12,"referenceDate":"2026-12-04",
					 "byAge":[{"key":"AGE_0_5","women":null,"men":null,"all":6},
					          {"key":"AGE_6_11","women":11,"men":9,"all":20}],
					 "byDisability":[{"key":"ANY","women":null,"men":5,"all":8},
					                 {"key":"NONE","women":22,"men":19,"all":41}],
					 "active":{"key":null,"women":25,"men":24,"all":49},
					 "discharged":{"key":null,"women":null,"men":null,"all":7}}""")))
	@ApiResponse(responseCode = "404", description = "No such establishment, or not the caller's organisation's")
	BeneficiaryStatistics showBeneficiaryStatistics(@PathVariable long id,
			@Parameter(description = "Reference date (ISO); today by default") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return this.figures.beneficiaries(id, date);
	}

}
