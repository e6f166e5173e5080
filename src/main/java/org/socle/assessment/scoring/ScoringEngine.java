package org.socle.assessment.scoring;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.numbers.fraction.BigFraction;
import org.socle.assessment.scoring.IndicatorResult.Status;
import org.socle.assessment.scoring.StandardTree.Criterion;
import org.socle.assessment.scoring.StandardTree.Domain;
import org.socle.assessment.scoring.StandardTree.Indicator;

/**
 * Scores an assessment's answers against a standard, exactly as SCORING.md describes.
 * Pure: no state, no I/O, the same input always gives the same report.
 */
public final class ScoringEngine {

	private ScoringEngine() {
	}

	/**
	 * Scores answers against a standard.
	 * @param tree the standard, already restricted to the indicators applicable to the
	 * establishment (see {@link StandardTree#applicableTo(String)})
	 * @param answers answers by indicator code; an indicator without an entry is
	 * unanswered, and entries for codes not in the tree are ignored
	 * @throws IllegalArgumentException if the tree has no indicator, an answer does not
	 * fit its indicator's answer type, or N/A is given where the indicator does not allow
	 * it
	 */
	public static ScoreReport score(StandardTree tree, Map<String, Answer> answers) {
		return score(tree, answers, Set.of());
	}

	/**
	 * Same, with the answered indicators in {@code raisedCodes} one level higher (at most
	 * 4) than their answers give: the improvement simulator's "what if".
	 */
	static ScoreReport score(StandardTree tree, Map<String, Answer> answers, Set<String> raisedCodes) {
		Objects.requireNonNull(answers, "answers");
		if (tree.indicators().findAny().isEmpty()) {
			throw new IllegalArgumentException("The standard has no applicable indicator to score");
		}
		Function<Indicator, IndicatorResult> judge = (indicator) -> judge(indicator, answers.get(indicator.code()),
				raisedCodes.contains(indicator.code()));
		WeightedMean<DomainResult> mean = WeightedMean.of(
				tree.domains().stream().map((domain) -> scoreDomain(domain, judge)).toList(), DomainResult::weight,
				DomainResult::score);
		List<DomainResult> domains = mean.withContributions(DomainResult::withContribution);
		Counts counts = domains.stream().map(DomainResult::counts).reduce(Counts.NONE, Counts::plus);
		Percent coverage = Percent
			.of(BigFraction.of(100L * (counts.answered() + counts.notApplicable()), counts.applicable()));
		Optional<Percent> score = mean.value();
		Optional<RatingResult> rating = score.map((value) -> RatingResult.of(value, Caps.overall(domains)));
		List<SubmissionProblem> problems = SubmissionCheck
			.problems(domains.stream().flatMap(DomainResult::indicators).toList(), coverage);
		return new ScoreReport(score, rating, counts, coverage, problems, domains);
	}

	private static DomainResult scoreDomain(Domain domain, Function<Indicator, IndicatorResult> judge) {
		WeightedMean<CriterionResult> mean = WeightedMean.of(
				domain.criteria().stream().map((criterion) -> scoreCriterion(criterion, judge)).toList(),
				CriterionResult::weight, CriterionResult::score);
		List<CriterionResult> criteria = mean.withContributions(CriterionResult::withContribution);
		Optional<Percent> score = mean.value();
		return new DomainResult(domain.code(), domain.weight(), score, Optional.empty(),
				score.map((value) -> RatingResult.of(value, Caps.forDomain(domain.code(), criteria))),
				criteria.stream().map(CriterionResult::counts).reduce(Counts.NONE, Counts::plus), criteria);
	}

	private static CriterionResult scoreCriterion(Criterion criterion, Function<Indicator, IndicatorResult> judge) {
		WeightedMean<IndicatorResult> mean = WeightedMean.of(criterion.indicators().stream().map(judge).toList(),
				IndicatorResult::weight, ScoringEngine::levelScore);
		List<IndicatorResult> indicators = mean.withContributions(IndicatorResult::withContribution);
		return new CriterionResult(criterion.code(), criterion.weight(), mean.value(), Optional.empty(),
				Counts.of(indicators), indicators);
	}

	private static IndicatorResult judge(Indicator indicator, Answer answer, boolean raised) {
		if (answer == null) {
			return new IndicatorResult(indicator, Status.UNANSWERED, Optional.empty(), Optional.empty(),
					Optional.empty());
		}
		if (answer instanceof Answer.NotApplicable) {
			if (!indicator.naAllowed()) {
				throw new IllegalArgumentException(indicator.code() + " cannot be marked N/A");
			}
			return new IndicatorResult(indicator, Status.NOT_APPLICABLE, Optional.of(answer), Optional.empty(),
					Optional.empty());
		}
		int level = indicator.levelOf(answer);
		return new IndicatorResult(indicator, Status.ANSWERED, Optional.of(answer),
				Optional.of(raised ? Math.min(level + 1, 4) : level), Optional.empty());
	}

	// 100 × (L − 1) / 3: their weighted mean is SCORING.md's 100 × Σ w·(L − 1) / Σ w·3,
	// which lets criteria, domains and the overall score share one weighted mean.
	private static Optional<Percent> levelScore(IndicatorResult indicator) {
		return indicator.level().map((level) -> Percent.of(BigFraction.of(100 * (level - 1), 3)));
	}

}
