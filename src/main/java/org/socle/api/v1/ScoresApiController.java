package org.socle.api.v1;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.socle.api.v1.support.ApiPage;
import org.socle.api.v1.support.ApiPages;
import org.socle.assessment.AssessmentScores;
import org.socle.assessment.ValidatedScore;
import org.socle.establishment.Category;
import org.socle.establishment.EstablishmentAccess;
import org.socle.reporting.FigureScope;
import org.socle.reporting.KeyFigures;
import org.socle.reporting.NationalFigures;
import org.socle.reporting.ScoreFigures;
import org.socle.shared.jdbc.ReadsFromReplica;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Validated scores: an establishment's (whoever may read it), and the national
 * dashboard's aggregates (auditors and admins, as the dashboard; no personal data).
 */
@RestController
@ReadsFromReplica
@RequestMapping("/api/v1")
@Tag(name = "Scores")
class ScoresApiController {

	private final EstablishmentAccess establishments;

	private final AssessmentScores scores;

	private final NationalFigures figures;

	ScoresApiController(EstablishmentAccess establishments, AssessmentScores scores, NationalFigures figures) {
		this.establishments = establishments;
		this.scores = scores;
		this.figures = figures;
	}

	@GetMapping("/establishments/{id}/scores")
	@Operation(summary = "An establishment's validated scores: the latest and the history, newest first",
			description = "Scores as stored at validation (0–100, one decimal), with each domain's score, the "
					+ "rating (A–D) and the caps that limited it.")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true,
			description = "The scores; latest null when none is validated",
			content = @Content(examples = @ExampleObject(value = """
					{"establishmentId":12,
					 "latest":{"assessmentId":40,"establishmentId":12,"kind":"AUDIT","referenceDate":"2026-06-30",
					  "validatedAt":"2026-07-15T09:30:00Z","standardCode":"SOCLE-EPS","standardVersion":"1.0",
					  "score":72.5,"rating":"C","domains":[{"code":"D1","weight":3,"score":64.0,"rating":"C",
					  "caps":[{"domainCode":"D1","reason":"CRITICAL_AT_LEVEL_1","limit":"C",
					  "indicatorCodes":["D1.C2.I1"],"domainCodes":[]}]}],"caps":[]},
					 "history":[]}""")))
	@ApiResponse(responseCode = "404", description = "No such establishment, or not the caller's organisation's")
	EstablishmentScores showEstablishmentScores(@PathVariable long id) {
		this.establishments.requireReadable(id);
		List<ValidatedScore> history = new ArrayList<>(this.scores.history(id));
		Collections.reverse(history);
		return new EstablishmentScores(id, history.isEmpty() ? null : history.get(0), history);
	}

	@GetMapping("/scores/national")
	@Operation(summary = "The national dashboard's key figures", description = "Auditors and admins only.")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true,
			description = "The figures of the scope at the reference date",
			content = @Content(examples = @ExampleObject(value = """
					{"referenceDate":"2026-12-04","figures":{"regionCode":null,"establishments":412,"capacity":18650,
					 "activeBeneficiaries":15210,"occupancy":81.6,"overCapacity":9,"withoutValidAuthorisation":37,
					 "expiredAuthorisation":12,"assessedLast12Months":301,"assessed":388,"medianScore":68.4,
					 "ratedA":41,"ratedB":150,"ratedC":160,"ratedD":37,"overdueActions":95}}""")))
	@ApiResponse(responseCode = "403", description = "A manager")
	NationalScores showNationalScores(
			@Parameter(description = "Region code") @RequestParam(required = false) String region,
			@RequestParam(required = false) Category category,
			@Parameter(
					description = "The figures at the end of that year (one of the last ten); today by default") @RequestParam(
							required = false) Integer year) {
		ScoreFigures scores = this.figures.scores(new FigureScope(region, null, category, null, year));
		return new NationalScores(scores.referenceDate(), scores.whole());
	}

	@GetMapping("/scores/regions")
	@Operation(summary = "The dashboard's key figures of each of the twelve regions",
			description = "Auditors and admins only. Zeros for a region without establishment in scope.")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "The twelve regions on one page",
			content = @Content(examples = @ExampleObject(value = """
					{"items":[{"regionCode":"MA-01","establishments":38,"capacity":1520,"activeBeneficiaries":1310,
					 "occupancy":86.2,"overCapacity":1,"withoutValidAuthorisation":3,"expiredAuthorisation":1,
					 "assessedLast12Months":29,"assessed":35,"medianScore":66.0,"ratedA":3,"ratedB":14,"ratedC":15,
					 "ratedD":3,"overdueActions":8}],"page":0,"size":12,"totalItems":12,"totalPages":1,"links":{}}""")))
	@ApiResponse(responseCode = "403", description = "A manager")
	ResponseEntity<ApiPage<KeyFigures>> listRegionScores(@RequestParam(required = false) Category category, @Parameter(
			description = "The figures at the end of that year (one of the last ten); today by default") @RequestParam(
					required = false) Integer year) {
		return ApiPages.all(this.figures.scores(new FigureScope(null, null, category, null, year)).regions());
	}

	/** An establishment's validated scores, newest first. */
	record EstablishmentScores(long establishmentId, ValidatedScore latest, List<ValidatedScore> history) {
	}

	/** The whole scope's figures at a reference date. */
	record NationalScores(LocalDate referenceDate, KeyFigures figures) {
	}

}
