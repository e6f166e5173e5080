package org.socle.standard.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.socle.standard.CriterionView;
import org.socle.standard.DomainView;
import org.socle.standard.IndicatorView;
import org.socle.standard.StandardTreeView;

import org.springframework.stereotype.Component;

/**
 * Loads a whole standard tree in four queries (the standard, then all its domains, all
 * its criteria and all its indicators), whatever its size.
 */
@Component
public class StandardTreeLoader {

	private final StandardDomainRepository domains;

	private final StandardCriterionRepository criteria;

	private final StandardIndicatorRepository indicators;

	StandardTreeLoader(StandardDomainRepository domains, StandardCriterionRepository criteria,
			StandardIndicatorRepository indicators) {
		this.domains = domains;
		this.criteria = criteria;
		this.indicators = indicators;
	}

	public StandardTreeView load(ReferenceStandard standard) {
		long id = standard.getId();
		Map<Long, List<IndicatorView>> indicatorsByCriterion = new LinkedHashMap<>();
		for (StandardIndicator indicator : this.indicators.findByStandardIdOrderByCriterionIdAscPositionAsc(id)) {
			indicatorsByCriterion.computeIfAbsent(indicator.getParentId(), (key) -> new ArrayList<>())
				.add(indicator.toView());
		}
		Map<Long, List<CriterionView>> criteriaByDomain = new LinkedHashMap<>();
		for (StandardCriterion criterion : this.criteria.findByStandardIdOrderByDomainIdAscPositionAsc(id)) {
			criteriaByDomain.computeIfAbsent(criterion.getParentId(), (key) -> new ArrayList<>())
				.add(criterion.toView(indicatorsByCriterion.getOrDefault(criterion.getId(), List.of())));
		}
		List<DomainView> domainViews = this.domains.findByStandardIdOrderByPosition(id)
			.stream()
			.map((domain) -> domain.toView(criteriaByDomain.getOrDefault(domain.getId(), List.of())))
			.toList();
		return new StandardTreeView(standard.toSummary(), standard.getDescription(), standard.getClonedFromId(),
				domainViews);
	}

}
