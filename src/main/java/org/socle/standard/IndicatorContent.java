package org.socle.standard;

import java.util.List;

/**
 * Every attribute of an indicator, as imported, exported, cloned and edited.
 *
 * @param yesLevel 3 or 4 for a YES_NO indicator, null otherwise
 * @param thresholds, unit present iff METRIC
 * @param appliesTo category names in the standard's order; empty means all
 */
record IndicatorContent(String code, LocalizedText title, LocalizedText guidance, LocalizedText evidence,
		List<String> sources, AnswerType answerType, Integer yesLevel, IndicatorThresholds thresholds,
		MetricKey metricKey, MetricUnit unit, int weight, boolean critical, boolean naAllowed, List<String> appliesTo) {

	IndicatorContent {
		sources = List.copyOf(sources);
		appliesTo = List.copyOf(appliesTo);
	}

	static IndicatorContent of(IndicatorView view) {
		return new IndicatorContent(view.code(), view.title(), view.guidance(), view.evidence(), view.sources(),
				view.answerType(), (view.answerType() == AnswerType.YES_NO) ? view.yesLevel() : null, view.thresholds(),
				view.metricKey(), view.unit(), view.weight(), view.critical(), view.naAllowed(), view.categories());
	}

}
