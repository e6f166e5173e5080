package org.socle.assessment.score;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.socle.assessment.scoring.Improvement;
import org.socle.assessment.scoring.ImprovementSimulator;
import org.socle.assessment.scoring.IndicatorResult;
import org.socle.assessment.scoring.ScoreReport;
import org.socle.assessment.workflow.AssessmentPage;
import org.socle.assessment.workflow.AssessmentScorer.Scored;

import org.springframework.stereotype.Service;

/**
 * What the score page suggests: the raises of one level that would help most, and the
 * score with the indicators the user ticked raised by one level. Nothing is stored.
 */
@Service
public class ScoreSimulator {

	/** How many single raises the page suggests. */
	static final int TOP = 5;

	/**
	 * The best raises of validated assessments, by assessment id. Why: they take one
	 * scoring of the whole standard per answered indicator, 10 to 14 % of the CPU of the
	 * score page and of the quality report at national scale (docs/performance.md).
	 * Correct on every node without invalidation: VALIDATED is final, a validated
	 * assessment's answers never change, and neither does its published standard.
	 */
	private final Cache<Long, List<Improvement>> validated = Caffeine.newBuilder().maximumSize(10_000).build();

	/** The {@value #TOP} single raises that help most, caps included. */
	List<Improvement> topImprovements(AssessmentPage page) {
		return page.header().isValidated() ? ofValidated(page.header().id(), page.scored())
				: topImprovements(page.scored());
	}

	/**
	 * The {@value #TOP} single raises that help most for a validated assessment, computed
	 * once per node.
	 * @param scored the assessment, scored after its access check
	 */
	public List<Improvement> ofValidated(long assessmentId, Scored scored) {
		return this.validated.get(assessmentId, (id) -> topImprovements(scored));
	}

	private static List<Improvement> topImprovements(Scored scored) {
		return ImprovementSimulator.topImprovements(scored.applicable().tree(), scored.answers(), TOP);
	}

	/**
	 * @param raise indicators to raise by one level; codes that are not answered
	 * indicators of this assessment are ignored
	 */
	Simulation simulate(AssessmentPage page, List<String> raise) {
		Set<String> codes = new LinkedHashSet<>();
		if (raise != null) {
			page.report()
				.indicators()
				.filter((indicator) -> indicator.status() == IndicatorResult.Status.ANSWERED)
				.map(IndicatorResult::code)
				.filter(raise::contains)
				.forEach(codes::add);
		}
		if (codes.isEmpty()) {
			return new Simulation(codes, Optional.empty());
		}
		Scored scored = page.scored();
		return new Simulation(codes,
				Optional.of(ImprovementSimulator.raise(scored.applicable().tree(), scored.answers(), codes)));
	}

	/** The indicators raised and the report with them raised (when any). */
	record Simulation(Set<String> raised, Optional<ScoreReport> report) {

		public boolean isRaised(String code) {
			return this.raised.contains(code);
		}

	}

}
