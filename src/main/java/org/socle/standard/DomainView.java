package org.socle.standard;

import java.util.List;

/**
 * A domain (e.g. {@code D2}) and its criteria, in display order.
 */
public record DomainView(long id, String code, int weight, LocalizedText title, LocalizedText description,
		List<CriterionView> criteria) {

	public DomainView {
		criteria = List.copyOf(criteria);
	}

}
