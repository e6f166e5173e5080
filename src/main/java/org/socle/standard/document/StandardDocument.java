package org.socle.standard.document;

import java.util.List;

import org.socle.standard.CriterionView;
import org.socle.standard.DomainView;
import org.socle.standard.LocalizedText;
import org.socle.standard.StandardTreeView;
import org.socle.standard.model.IndicatorContent;

/**
 * A standard version as the JSON format {@code socle-standard/1} describes it: what is
 * imported, exported and cloned (docs/standard-format.md).
 */
public record StandardDocument(String code, String version, LocalizedText title, LocalizedText description,
		List<Domain> domains) {

	public StandardDocument {
		domains = List.copyOf(domains);
	}

	public static StandardDocument of(StandardTreeView tree) {
		return new StandardDocument(tree.standard().code(), tree.standard().version(), tree.standard().title(),
				tree.description(), tree.domains().stream().map(Domain::of).toList());
	}

	public StandardDocument withVersion(String newVersion) {
		return new StandardDocument(this.code, newVersion, this.title, this.description, this.domains);
	}

	public record Domain(String code, int weight, LocalizedText title, LocalizedText description,
			List<Criterion> criteria) {

		public Domain {
			criteria = List.copyOf(criteria);
		}

		static Domain of(DomainView domain) {
			return new Domain(domain.code(), domain.weight(), domain.title(), domain.description(),
					domain.criteria().stream().map(Criterion::of).toList());
		}

	}

	public record Criterion(String code, int weight, LocalizedText title, LocalizedText description,
			List<IndicatorContent> indicators) {

		public Criterion {
			indicators = List.copyOf(indicators);
		}

		static Criterion of(CriterionView criterion) {
			return new Criterion(criterion.code(), criterion.weight(), criterion.title(), criterion.description(),
					criterion.indicators().stream().map(IndicatorContent::of).toList());
		}

	}

}
