package org.socle.assessment.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.apache.commons.numbers.fraction.BigFraction;
import org.socle.assessment.scoring.IndicatorResult.Status;
import org.socle.assessment.scoring.SubmissionProblem.Reason;

/**
 * Whether an assessment can be submitted: coverage of at least 80 % and every critical
 * indicator answered, N/A not counting as an answer (SCORING.md, "Aggregation").
 */
final class SubmissionCheck {

	private static final BigFraction MINIMUM_COVERAGE = BigFraction.of(80);

	private SubmissionCheck() {
	}

	static List<SubmissionProblem> problems(List<IndicatorResult> indicators, Percent coverage) {
		List<SubmissionProblem> problems = new ArrayList<>();
		if (coverage.exact().compareTo(MINIMUM_COVERAGE) < 0) {
			problems.add(new SubmissionProblem(Reason.COVERAGE_BELOW_80_PERCENT,
					codes(indicators, (indicator) -> indicator.status() == Status.UNANSWERED)));
		}
		addIfAny(problems, Reason.CRITICAL_UNANSWERED, codes(indicators,
				(indicator) -> indicator.indicator().critical() && indicator.status() == Status.UNANSWERED));
		addIfAny(problems, Reason.CRITICAL_NOT_APPLICABLE, codes(indicators,
				(indicator) -> indicator.indicator().critical() && indicator.status() == Status.NOT_APPLICABLE));
		return problems;
	}

	private static List<String> codes(List<IndicatorResult> indicators, Predicate<IndicatorResult> filter) {
		return indicators.stream().filter(filter).map(IndicatorResult::code).toList();
	}

	private static void addIfAny(List<SubmissionProblem> problems, Reason reason, List<String> codes) {
		if (!codes.isEmpty()) {
			problems.add(new SubmissionProblem(reason, codes));
		}
	}

}
