package org.socle.assessment.metrics;

import org.springframework.modulith.NamedInterface;

import java.math.BigDecimal;
import java.util.List;

/**
 * A computed metric at an assessment's reference date, as stored in the assessment.
 *
 * @param value null when the denominator is empty (the indicator stays unanswered)
 * @param recordType what the ids are: {@code BENEFICIARY} or {@code ACTION_ITEM}
 * @param recordIds the records behind the numerator
 * @param gapIds the records in the denominator but not the numerator
 */
@NamedInterface("seeding")
public record MetricSnapshot(String key, BigDecimal value, long numerator, long denominator, String recordType,
		List<Long> recordIds, List<Long> gapIds) {

	public static final String BENEFICIARY = "BENEFICIARY";

	public static final String ACTION_ITEM = "ACTION_ITEM";

	public MetricSnapshot {
		recordIds = List.copyOf(recordIds);
		gapIds = List.copyOf(gapIds);
	}

}
