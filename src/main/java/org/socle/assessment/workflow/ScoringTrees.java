package org.socle.assessment.workflow;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.socle.assessment.scoring.AnswerType;
import org.socle.assessment.scoring.StandardTree;
import org.socle.assessment.scoring.Thresholds;
import org.socle.standard.IndicatorThresholds;
import org.socle.standard.IndicatorView;
import org.socle.standard.StandardCatalog;
import org.socle.standard.StandardTreeView;
import org.socle.standard.ThresholdDirection;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The standards assessments are made against, as the pages show them and as the scoring
 * engine reads them. Only published or retired versions are assessed, and those never
 * change (the standard module and its database triggers see to it), so each tree is
 * loaded once and kept.
 */
@NamedInterface("seeding")
@Component
public class ScoringTrees {

	private final StandardCatalog catalog;

	private final Map<Long, Loaded> cache = new ConcurrentHashMap<>();

	ScoringTrees(StandardCatalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * The published (or retired) version's tree.
	 * @throws org.socle.shared.NotFoundException if it is a draft or does not exist
	 */
	public Loaded load(long standardId) {
		Loaded loaded = this.cache.get(standardId);
		if (loaded == null) {
			StandardTreeView view = this.catalog.publishedTree(standardId);
			loaded = new Loaded(view, toScoringTree(view));
			this.cache.put(standardId, loaded);
		}
		return loaded;
	}

	/** The standard's tree as the scoring engine reads it; categories by name. */
	private static StandardTree toScoringTree(StandardTreeView view) {
		return new StandardTree(view.domains()
			.stream()
			.map((domain) -> new StandardTree.Domain(domain.code(), domain.weight(),
					domain.criteria()
						.stream()
						.map((criterion) -> new StandardTree.Criterion(criterion.code(), criterion.weight(),
								criterion.indicators().stream().map(ScoringTrees::toScoringIndicator).toList()))
						.toList()))
			.toList());
	}

	public static StandardTree.Indicator toScoringIndicator(IndicatorView indicator) {
		return new StandardTree.Indicator(indicator.code(), indicator.weight(),
				AnswerType.valueOf(indicator.answerType().name()), indicator.critical(), indicator.naAllowed(),
				indicator.yesLevel(), Optional.ofNullable(indicator.thresholds()).map(ScoringTrees::toThresholds),
				Set.copyOf(indicator.categories()));
	}

	private static Thresholds toThresholds(IndicatorThresholds thresholds) {
		return new Thresholds(thresholds.t2(), thresholds.t3(), thresholds.t4(),
				(thresholds.direction() == ThresholdDirection.LOWER_IS_BETTER) ? Thresholds.Direction.LOWER_IS_BETTER
						: Thresholds.Direction.HIGHER_IS_BETTER);
	}

	/**
	 * A standard version: the full view (titles, sources, thresholds) and the scoring
	 * tree.
	 */
	public record Loaded(StandardTreeView view, StandardTree tree) {

		/** Both trees restricted to what applies to an establishment category. */
		public Applicable applicableTo(String category) {
			return new Applicable(this.view, this.view.applicableTo(category), this.tree.applicableTo(category));
		}

	}

	/**
	 * What applies to one category: the view and the scoring tree, plus the full view (to
	 * show what does not apply).
	 */
	public record Applicable(StandardTreeView full, StandardTreeView view, StandardTree tree) {

	}

}
