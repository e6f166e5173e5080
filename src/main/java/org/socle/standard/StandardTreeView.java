package org.socle.standard;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A standard version with its whole tree: domains, criteria, indicators, in display
 * order.
 */
public record StandardTreeView(StandardSummary standard, LocalizedText description, Long clonedFromId,
		List<DomainView> domains) {

	public StandardTreeView {
		domains = List.copyOf(domains);
	}

	/** Every indicator, in tree order. */
	public Stream<IndicatorView> indicators() {
		return this.domains.stream()
			.flatMap((domain) -> domain.criteria().stream())
			.flatMap((criterion) -> criterion.indicators().stream());
	}

	public Optional<IndicatorView> indicator(String code) {
		return indicators().filter((indicator) -> indicator.code().equals(code)).findFirst();
	}

	/**
	 * The tree as it applies to an establishment of the given category: indicators that
	 * do not apply are left out, and so are criteria and domains left empty.
	 */
	public StandardTreeView applicableTo(String category) {
		List<DomainView> applicable = this.domains.stream()
			.map((domain) -> new DomainView(domain.id(), domain.code(), domain.weight(), domain.title(),
					domain.description(),
					domain.criteria()
						.stream()
						.map((criterion) -> new CriterionView(criterion.id(), criterion.code(), criterion.weight(),
								criterion.title(), criterion.description(),
								criterion.indicators()
									.stream()
									.filter((indicator) -> indicator.appliesTo(category))
									.toList()))
						.filter((criterion) -> !criterion.indicators().isEmpty())
						.toList()))
			.filter((domain) -> !domain.criteria().isEmpty())
			.toList();
		return new StandardTreeView(this.standard, this.description, this.clonedFromId, applicable);
	}

}
