package org.socle.standard.model;

import java.util.List;

import org.socle.standard.AnswerType;
import org.socle.standard.IndicatorThresholds;
import org.socle.standard.IndicatorView;
import org.socle.standard.LocalizedText;
import org.socle.standard.MetricKey;
import org.socle.standard.MetricUnit;

/**
 * Every attribute of an indicator, as imported, exported, cloned and edited.
 *
 * @param yesLevel 3 or 4 for a YES_NO indicator, null otherwise
 * @param thresholds, unit present iff METRIC
 * @param appliesTo category names in the standard's order; empty means all
 */
public record IndicatorContent(String code, LocalizedText title, LocalizedText guidance, LocalizedText evidence,
		List<String> sources, AnswerType answerType, Integer yesLevel, IndicatorThresholds thresholds,
		MetricKey metricKey, MetricUnit unit, int weight, boolean critical, boolean naAllowed, List<String> appliesTo) {

	public IndicatorContent {
		sources = List.copyOf(sources);
		appliesTo = List.copyOf(appliesTo);
	}

	public static IndicatorContent of(IndicatorView view) {
		return new IndicatorContent(view.code(), view.title(), view.guidance(), view.evidence(), view.sources(),
				view.answerType(), (view.answerType() == AnswerType.YES_NO) ? view.yesLevel() : null, view.thresholds(),
				view.metricKey(), view.unit(), view.weight(), view.critical(), view.naAllowed(), view.categories());
	}

}
