package org.socle.assessment.contradiction;

import java.util.Map;
import java.util.Optional;

import org.socle.care.MetricResult;
import org.socle.establishment.RecordFacts;
import org.socle.standard.MetricKey;

/**
 * What an establishment's records say at an assessment's reference date: the facts of the
 * establishment module and the metrics computed by the care module (empty when no rule
 * needed them).
 */
public record Records(RecordFacts facts, Map<String, MetricResult> metrics) {

	public Records {
		metrics = Map.copyOf(metrics);
	}

	/** A computed metric with a value (its denominator not empty). */
	Optional<MetricResult> metric(MetricKey key) {
		return Optional.ofNullable(this.metrics.get(key.name())).filter((result) -> !result.isEmpty());
	}

}
