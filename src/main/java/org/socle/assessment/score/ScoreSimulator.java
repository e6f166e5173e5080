package org.socle.assessment.score;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

	/** The {@value #TOP} single raises that help most, caps included. */
	List<Improvement> topImprovements(AssessmentPage page) {
		return topImprovements(page.scored());
	}

	/** The {@value #TOP} single raises that help most for a scored assessment. */
	public List<Improvement> topImprovements(Scored scored) {
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
