package org.socle.assessment.scoring;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.numbers.fraction.BigFraction;
import org.socle.assessment.scoring.StandardTree.Criterion;
import org.socle.assessment.scoring.StandardTree.Domain;
import org.socle.assessment.scoring.StandardTree.Indicator;
import org.socle.assessment.scoring.Thresholds.Direction;

/**
 * Short ways to build standards, answers and lookups in tests.
 */
final class TreeFixtures {

	private TreeFixtures() {
	}

	static StandardTree tree(Domain... domains) {
		return new StandardTree(List.of(domains));
	}

	static Domain domain(String code, int weight, Criterion... criteria) {
		return new Domain(code, weight, List.of(criteria));
	}

	static Criterion criterion(String code, int weight, Indicator... indicators) {
		return new Criterion(code, weight, List.of(indicators));
	}

	/** A LEVEL indicator, not critical, N/A not allowed, applicable to all. */
	static Indicator level(String code, int weight) {
		return indicator(code, weight, AnswerType.LEVEL, false, false);
	}

	static Indicator critical(String code, int weight) {
		return indicator(code, weight, AnswerType.LEVEL, true, false);
	}

	static Indicator naAllowed(String code, int weight) {
		return indicator(code, weight, AnswerType.LEVEL, false, true);
	}

	static Indicator indicator(String code, int weight, AnswerType type, boolean critical, boolean naAllowed) {
		return new Indicator(code, weight, type, critical, naAllowed, 3, Optional.empty(), Set.of());
	}

	static Indicator yesNo(String code, int weight, int yesLevel) {
		return new Indicator(code, weight, AnswerType.YES_NO, false, false, yesLevel, Optional.empty(), Set.of());
	}

	static Indicator metric(String code, int weight, Thresholds thresholds) {
		return new Indicator(code, weight, AnswerType.METRIC, false, false, 3, Optional.of(thresholds), Set.of());
	}

	static Indicator applicableTo(String code, String... categories) {
		return new Indicator(code, 1, AnswerType.LEVEL, false, false, 3, Optional.empty(), Set.of(categories));
	}

	static Thresholds higherIsBetter(String t2, String t3, String t4) {
		return new Thresholds(new BigDecimal(t2), new BigDecimal(t3), new BigDecimal(t4), Direction.HIGHER_IS_BETTER);
	}

	static Thresholds lowerIsBetter(String t2, String t3, String t4) {
		return new Thresholds(new BigDecimal(t2), new BigDecimal(t3), new BigDecimal(t4), Direction.LOWER_IS_BETTER);
	}

	/** Answers from pairs: code, answer, code, answer, … */
	static Map<String, Answer> answers(Object... codesAndAnswers) {
		Map<String, Answer> answers = new LinkedHashMap<>();
		for (int i = 0; i < codesAndAnswers.length; i += 2) {
			answers.put((String) codesAndAnswers[i], (Answer) codesAndAnswers[i + 1]);
		}
		return answers;
	}

	static Answer metricValue(String value) {
		return Answer.metric(new BigDecimal(value));
	}

	static BigFraction fraction(long numerator, long denominator) {
		return BigFraction.of(numerator, denominator);
	}

	static DomainResult domainResult(ScoreReport report, String code) {
		return report.domains().stream().filter((domain) -> domain.code().equals(code)).findFirst().orElseThrow();
	}

	static CriterionResult criterionResult(ScoreReport report, String code) {
		return report.domains()
			.stream()
			.flatMap((domain) -> domain.criteria().stream())
			.filter((criterion) -> criterion.code().equals(code))
			.findFirst()
			.orElseThrow();
	}

	static IndicatorResult indicatorResult(ScoreReport report, String code) {
		return report.indicator(code).orElseThrow();
	}

	/**
	 * One domain, one criterion, two indicators: {@code atLevel4} weight at level 4 and
	 * {@code atLevel1} weight at level 1, so every level scores 100 × atLevel4 /
	 * (atLevel4 + atLevel1): a way to get any score exactly.
	 */
	static ScoreReport scoreOfFourAndOne(int atLevel4, int atLevel1) {
		StandardTree tree = tree(
				domain("D1", 1, criterion("D1.C1", 1, level("D1.C1.I1", atLevel4), level("D1.C1.I2", atLevel1))));
		return ScoringEngine.score(tree, answers("D1.C1.I1", Answer.level(4), "D1.C1.I2", Answer.level(1)));
	}

}
