package org.socle.standard;

import java.util.List;

/**
 * An indicator with everything needed to assess and score it.
 *
 * @param code e.g. {@code D2.C1.I1}
 * @param sources references such as {@code R202 §3(f)}, at least one
 * @param yesLevel the level a yes gives ({@code 3} or {@code 4}) for a
 * {@link AnswerType#YES_NO} indicator; 3 for other answer types
 * @param thresholds present iff {@link AnswerType#METRIC}
 * @param metricKey for a computed metric, the key of its computation; null when the value
 * is typed in, and for non-metric indicators
 * @param unit present iff {@link AnswerType#METRIC}
 * @param categories names of the {@link ApplicableCategory categories} it applies to, in
 * the standard's order; empty means every category
 */
public record IndicatorView(long id, String code, LocalizedText title, LocalizedText guidance, LocalizedText evidence,
		List<String> sources, AnswerType answerType, int yesLevel, IndicatorThresholds thresholds, MetricKey metricKey,
		MetricUnit unit, int weight, boolean critical, boolean naAllowed, List<String> categories) {

	public IndicatorView {
		sources = List.copyOf(sources);
		categories = List.copyOf(categories);
	}

	public boolean appliesTo(String category) {
		return this.categories.isEmpty() || this.categories.contains(category);
	}

	/** A metric Socle computes from the establishment's records. */
	public boolean isComputed() {
		return this.metricKey != null;
	}

}
