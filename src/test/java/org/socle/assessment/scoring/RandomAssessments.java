package org.socle.assessment.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.socle.assessment.scoring.StandardTree.Criterion;
import org.socle.assessment.scoring.StandardTree.Domain;
import org.socle.assessment.scoring.StandardTree.Indicator;
import org.socle.assessment.scoring.Thresholds.Direction;

/**
 * Random standards and answers for property tests: a seeded {@link Random} makes every
 * run the same.
 */
final class RandomAssessments {

	private final Random random;

	RandomAssessments(long seed) {
		this.random = new Random(seed);
	}

	record Assessment(StandardTree tree, Map<String, Answer> answers) {

	}

	Assessment next() {
		StandardTree tree = new StandardTree(IntStream.rangeClosed(1, between(1, 4))
			.mapToObj((d) -> new Domain("D" + d, weight(),
					IntStream.rangeClosed(1, between(1, 3))
						.mapToObj((c) -> new Criterion("D" + d + ".C" + c, weight(),
								IntStream.rangeClosed(1, between(1, 4))
									.mapToObj((i) -> indicator("D" + d + ".C" + c + ".I" + i))
									.toList()))
						.toList()))
			.toList());
		Map<String, Answer> answers = new HashMap<>();
		tree.indicators().forEach((indicator) -> answer(indicator).ifPresent((a) -> answers.put(indicator.code(), a)));
		return new Assessment(tree, answers);
	}

	/** The same tree with domains, criteria and indicators each in a random order. */
	StandardTree shuffled(StandardTree tree) {
		return new StandardTree(shuffled(tree.domains()
			.stream()
			.map((domain) -> new Domain(domain.code(), domain.weight(),
					shuffled(domain.criteria()
						.stream()
						.map((criterion) -> new Criterion(criterion.code(), criterion.weight(),
								shuffled(criterion.indicators())))
						.toList())))
			.toList()));
	}

	private <T> List<T> shuffled(List<T> list) {
		List<T> copy = new ArrayList<>(list);
		Collections.shuffle(copy, this.random);
		return copy;
	}

	private Indicator indicator(String code) {
		AnswerType type = AnswerType.values()[this.random.nextInt(3)];
		int yesLevel = (type == AnswerType.YES_NO && this.random.nextBoolean()) ? 4 : 3;
		Optional<Thresholds> thresholds = (type == AnswerType.METRIC) ? Optional.of(thresholds()) : Optional.empty();
		return new Indicator(code, weight(), type, chance(20), chance(30), yesLevel, thresholds, Set.of());
	}

	private Thresholds thresholds() {
		int[] values = IntStream.generate(() -> this.random.nextInt(101)).limit(3).sorted().toArray();
		return this.random.nextBoolean()
				? new Thresholds(decimal(values[0]), decimal(values[1]), decimal(values[2]), Direction.HIGHER_IS_BETTER)
				: new Thresholds(decimal(values[2]), decimal(values[1]), decimal(values[0]), Direction.LOWER_IS_BETTER);
	}

	private Optional<Answer> answer(Indicator indicator) {
		if (chance(15)) {
			return Optional.empty();
		}
		if (indicator.naAllowed() && chance(15)) {
			return Optional.of(Answer.notApplicable());
		}
		return Optional.of(switch (indicator.answerType()) {
			case LEVEL -> Answer.level(between(1, 4));
			case YES_NO -> new Answer.YesNo(this.random.nextBoolean());
			case METRIC -> Answer.metric(BigDecimal.valueOf(this.random.nextInt(1300), 1));
		});
	}

	private int weight() {
		return chance(80) ? between(1, 3) : between(4, 10);
	}

	private int between(int min, int max) {
		return min + this.random.nextInt(max - min + 1);
	}

	private boolean chance(int percent) {
		return this.random.nextInt(100) < percent;
	}

	private static BigDecimal decimal(int value) {
		return BigDecimal.valueOf(value);
	}

}
