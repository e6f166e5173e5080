package org.socle.standard;

import java.util.List;

/**
 * A criterion (e.g. {@code D2.C1}) and its indicators, in display order.
 */
public record CriterionView(long id, String code, int weight, LocalizedText title, LocalizedText description,
		List<IndicatorView> indicators) {

	public CriterionView {
		indicators = List.copyOf(indicators);
	}

}
