package org.socle.reporting.inspection;

import java.util.List;
import java.util.function.Function;

/**
 * What makes an establishment worth inspecting first, each factor a condition PostgreSQL
 * evaluates over the inputs of {@link InspectionQueries} (alias {@code i}); when it
 * holds, the factor adds its weight (table {@code inspection_risk_weight}, set by
 * administrators) to the risk score. Thresholds are fixed here and documented in
 * docs/inspections.md.
 * <p>
 * Adding a factor is one entry here, one input column in {@link InspectionQueries#INPUTS}
 * and one weight row in a migration.
 */
enum RiskFactor {

	/** No valid authorisation on record: none, or still pending. */
	AUTHORISATION_MISSING("i.unauthorised AND NOT coalesce(i.expired, false)", (row) -> List.of()),

	/** The authorisation expired (marked so, or its end date has passed). */
	AUTHORISATION_EXPIRED("i.expired",
			(row) -> (row.authorisationExpiry() != null) ? List.of(row.authorisationExpiry()) : List.of()),

	/** More beneficiaries present today than authorised places. */
	OVER_CAPACITY("i.active > i.capacity", (row) -> List.of(row.active(), row.capacity())),

	/** Over capacity on 90 days or more of the last 365, from the stays' dates. */
	OVER_CAPACITY_LASTING("i.days_over >= 90", (row) -> List.of(row.daysOverCapacity())),

	/** The latest validated assessment is rated D. */
	RATED_D("i.rating = 'D'", (row) -> List.of(row.score())),

	/** The latest validated assessment is rated C. */
	RATED_C("i.rating = 'C'", (row) -> List.of(row.score())),

	/** The score fell by 10 points or more since the previous validated assessment. */
	SCORE_FALLING("i.previous_score_exact - i.score >= 10", (row) -> List.of(row.previousScore(), row.score())),

	/**
	 * A cap (a critical indicator at level 1, a domain rated D) in the latest assessment.
	 */
	RATING_CAPPED("i.capped", (row) -> List.of()),

	/** Corrective actions past their due date, neither done nor dropped. */
	OVERDUE_ACTIONS("i.overdue > 0", (row) -> List.of(row.overdueActions())),

	/** No assessment validated in the last 12 months, but one in the 12 before. */
	NOT_ASSESSED_12_MONTHS("NOT i.assessed_recently AND i.assessed_in_two_years",
			(row) -> List.of(row.lastValidatedOn())),

	/** No assessment validated in the last 24 months, or never. */
	NOT_ASSESSED_24_MONTHS("NOT i.assessed_in_two_years",
			(row) -> (row.lastValidatedOn() != null) ? List.of(row.lastValidatedOn()) : List.of()),

	/**
	 * Care-qualified staff per beneficiary down by a quarter or more in 12 months (staff
	 * now / present now at most 3/4 of staff then / present then).
	 */
	STAFF_RATIO_DROP(
			"i.active_then > 0 AND i.staff_then > 0 AND i.active > 0"
					+ " AND 4 * i.staff_now * i.active_then <= 3 * i.staff_then * i.active",
			(row) -> List.of(row.staffThen(), row.activeThen(), row.staffNow(), row.active())),

	/**
	 * The share of beneficiaries with a health cover is 10 points or more below the one
	 * recorded by the latest validated assessment dated 12 months ago or earlier.
	 */
	HEALTH_COVER_DROP(
			"i.active > 0 AND i.assessed_then > 0"
					+ " AND 100.0 * i.covered_now / i.active <= 100.0 * i.covered_then / i.assessed_then - 10",
			(row) -> List.of(row.coverThen(), row.coverThenOn(), row.coverNow())),

	/**
	 * The latest assessment submitted (in review or validated too) holds a contradiction
	 * between declarations and records not found corrected.
	 */
	OPEN_CONTRADICTIONS("i.open_contradictions > 0", (row) -> List.of(row.openContradictions()));

	private final String condition;

	private final Function<RiskRow, List<Object>> details;

	RiskFactor(String condition, Function<RiskRow, List<Object>> details) {
		this.condition = condition;
		this.details = details;
	}

	/** Whether the factor applies to inputs row {@code i}, never null. */
	String sqlCondition() {
		return "coalesce((" + this.condition + "), false)";
	}

	/** The figures behind the factor for one establishment, for its detail message. */
	List<Object> details(RiskRow row) {
		return this.details.apply(row);
	}

	public String messageKey() {
		return "inspection.factor." + name();
	}

	/**
	 * The detail message, with {@link #details} as arguments; varies when none are known.
	 */
	String detailKey(RiskRow row) {
		return "inspection.factor." + name() + ".detail" + (details(row).isEmpty() ? ".none" : "");
	}

}
