package org.socle.assessment.scoring;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The weighted mean of children's scores over the children that have one: a child with
 * nothing answered is left out of numerator and denominator (SCORING.md, "Aggregation").
 * A child's contribution is its term of the mean, weight × score / total weight of the
 * scored children, so the contributions add up to the mean exactly.
 */
final class WeightedMean<T> {

	private final List<T> children;

	private final List<Optional<Percent>> contributions;

	private WeightedMean(List<T> children, List<Optional<Percent>> contributions) {
		this.children = children;
		this.contributions = contributions;
	}

	static <T> WeightedMean<T> of(List<T> children, ToIntFunction<T> weight, Function<T, Optional<Percent>> score) {
		BigFraction scoredWeight = children.stream()
			.filter((child) -> score.apply(child).isPresent())
			.map((child) -> BigFraction.of(weight.applyAsInt(child)))
			.reduce(BigFraction.ZERO, BigFraction::add);
		List<Optional<Percent>> contributions = children.stream()
			.map((child) -> score.apply(child)
				.map((value) -> Percent.of(value.exact().multiply(weight.applyAsInt(child)).divide(scoredWeight))))
			.toList();
		return new WeightedMean<>(children, contributions);
	}

	/** Empty when no child has a score. */
	Optional<Percent> value() {
		return this.contributions.stream()
			.flatMap(Optional::stream)
			.map(Percent::exact)
			.reduce(BigFraction::add)
			.map(Percent::of);
	}

	List<T> withContributions(BiFunction<T, Optional<Percent>, T> withContribution) {
		return IntStream.range(0, this.children.size())
			.mapToObj((i) -> withContribution.apply(this.children.get(i), this.contributions.get(i)))
			.toList();
	}

}
