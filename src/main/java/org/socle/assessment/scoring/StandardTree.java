package org.socle.assessment.scoring;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The part of a reference standard that scoring needs: domains, their criteria, and the
 * criteria's indicators, each with a code and a positive weight. Independent of how the
 * standard is stored; the caller maps its own model onto these records.
 */
public record StandardTree(List<Domain> domains) {

	public StandardTree {
		domains = List.copyOf(domains);
		requireUniqueCodes(domains);
	}

	/**
	 * The tree as it applies to an establishment of the given category: indicators that
	 * do not apply are left out, and so are criteria and domains left with no indicator.
	 */
	public StandardTree applicableTo(String category) {
		Objects.requireNonNull(category, "category");
		return new StandardTree(this.domains.stream()
			.map((domain) -> domain.applicableTo(category))
			.filter((domain) -> !domain.criteria().isEmpty())
			.toList());
	}

	/** Every indicator, in tree order. */
	public Stream<Indicator> indicators() {
		return this.domains.stream()
			.flatMap((domain) -> domain.criteria().stream())
			.flatMap((criterion) -> criterion.indicators().stream());
	}

	// Answers are keyed by indicator code and results are looked up by code, so a code
	// must name one node only.
	private static void requireUniqueCodes(List<Domain> domains) {
		List<Criterion> criteria = domains.stream().flatMap((domain) -> domain.criteria().stream()).toList();
		Stream<String> codes = Stream
			.of(domains.stream().map(Domain::code), criteria.stream().map(Criterion::code),
					criteria.stream().flatMap((criterion) -> criterion.indicators().stream()).map(Indicator::code))
			.flatMap(Function.identity());
		Set<String> seen = new HashSet<>();
		codes.filter((code) -> !seen.add(code)).findFirst().ifPresent((code) -> {
			throw new IllegalArgumentException("Code " + code + " appears more than once in the standard");
		});
	}

	private static void requireCodeAndWeight(String code, int weight) {
		if (code == null || code.isBlank()) {
			throw new IllegalArgumentException("A code is required");
		}
		if (weight < 1) {
			throw new IllegalArgumentException("Weight of " + code + " must be a positive integer, not " + weight);
		}
	}

	public record Domain(String code, int weight, List<Criterion> criteria) {

		public Domain {
			requireCodeAndWeight(code, weight);
			criteria = List.copyOf(criteria);
		}

		Domain applicableTo(String category) {
			return new Domain(this.code, this.weight,
					this.criteria.stream()
						.map((criterion) -> criterion.applicableTo(category))
						.filter((criterion) -> !criterion.indicators().isEmpty())
						.toList());
		}

	}

	public record Criterion(String code, int weight, List<Indicator> indicators) {

		public Criterion {
			requireCodeAndWeight(code, weight);
			indicators = List.copyOf(indicators);
		}

		Criterion applicableTo(String category) {
			return new Criterion(this.code, this.weight,
					this.indicators.stream().filter((indicator) -> indicator.appliesTo(category)).toList());
		}

	}

	/**
	 * One indicator.
	 *
	 * @param yesLevel the level a yes gives to a {@link AnswerType#YES_NO} indicator: 3,
	 * or 4 where meeting it is itself exemplary; 3 for other answer types
	 * @param thresholds present for {@link AnswerType#METRIC} indicators only
	 * @param categories the establishment categories it applies to; empty means all
	 */
	public record Indicator(String code, int weight, AnswerType answerType, boolean critical, boolean naAllowed,
			int yesLevel, Optional<Thresholds> thresholds, Set<String> categories) {

		public Indicator {
			requireCodeAndWeight(code, weight);
			Objects.requireNonNull(answerType, "answerType");
			if (yesLevel != 3 && (yesLevel != 4 || answerType != AnswerType.YES_NO)) {
				throw new IllegalArgumentException("Yes level of " + code + " must be 3, or 4 for a YES_NO indicator");
			}
			if (thresholds.isPresent() != (answerType == AnswerType.METRIC)) {
				throw new IllegalArgumentException("Indicator " + code + " must have thresholds if and only if METRIC");
			}
			categories = Set.copyOf(categories);
		}

		public boolean appliesTo(String category) {
			return this.categories.isEmpty() || this.categories.contains(category);
		}

		/**
		 * The level from 1 to 4 that an answer gives this indicator.
		 * @throws IllegalArgumentException if the answer does not fit the answer type,
		 * N/A included (N/A has no level)
		 */
		public int levelOf(Answer answer) {
			if (answer instanceof Answer.Level level && this.answerType == AnswerType.LEVEL) {
				return level.level();
			}
			if (answer instanceof Answer.YesNo yesNo && this.answerType == AnswerType.YES_NO) {
				return yesNo.yes() ? this.yesLevel : 1;
			}
			if (answer instanceof Answer.Metric metric && this.answerType == AnswerType.METRIC) {
				return this.thresholds.orElseThrow().levelOf(metric.value());
			}
			throw new IllegalArgumentException(
					this.code + " is a " + this.answerType + " indicator: " + answer + " has no level for it");
		}

	}

}
