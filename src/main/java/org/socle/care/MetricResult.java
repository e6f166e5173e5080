package org.socle.care;

import java.math.BigDecimal;
import java.util.List;

import org.socle.standard.MetricKey;
import org.socle.standard.MetricUnit;

/**
 * One computed indicator (METRIC* of the standard) for an establishment at a reference
 * date.
 *
 * @param metric the metric of the standard's catalogue, e.g.
 * {@link MetricKey#HEALTH_COVER_RATE}
 * @param numerator what is counted (e.g. active beneficiaries with health cover); for
 * {@code REGISTER_COMPLETENESS_RATE} the filled required fields
 * @param denominator what it is counted out of (e.g. active beneficiaries); the
 * authorised capacity for {@code OCCUPANCY_RATE}, the care-qualified staff for
 * {@code STAFF_RATIO}, the required fields for {@code REGISTER_COMPLETENESS_RATE}
 * @param value a percentage ({@link MetricUnit#PERCENT}, numerator × 100 / denominator)
 * or a ratio ({@link MetricUnit#RATIO}, numerator / denominator) as the metric's
 * {@link #unit()} says, rounded half-up to two decimals; {@code null} when the
 * denominator is empty (the indicator is then unanswered) — except {@code STAFF_RATIO}
 * with beneficiaries but no care staff, whose value is the number of active beneficiaries
 * (the worst case: as if one person cared for all)
 * @param recordType what the ids are: {@code BENEFICIARY} (link
 * {@code /beneficiaries/{id}})
 * @param recordIds the beneficiaries behind the numerator, ascending; one id per counted
 * record, so {@code recordIds.size() == numerator} except for
 * {@code REGISTER_COMPLETENESS_RATE}, which lists the beneficiaries with every required
 * field filled (its numerator counts fields)
 * @param gapIds the beneficiaries in the denominator but not in the numerator (who to
 * follow up), ascending; empty for {@code OCCUPANCY_RATE} and {@code STAFF_RATIO}
 */
public record MetricResult(MetricKey metric, long numerator, long denominator, BigDecimal value, String recordType,
		List<Long> recordIds, List<Long> gapIds) {

	public static final String BENEFICIARY = "BENEFICIARY";

	public MetricResult {
		recordIds = List.copyOf(recordIds);
		gapIds = List.copyOf(gapIds);
	}

	/** The metric's key as the standard and the assessments store it. */
	public String key() {
		return this.metric.name();
	}

	/** Percentage or ratio, as the standard's catalogue defines the metric. */
	public MetricUnit unit() {
		return this.metric.unit();
	}

	/** Whether the denominator is empty, so that the indicator cannot be answered. */
	public boolean isEmpty() {
		return this.value == null;
	}

}
