package org.socle.assessment;

import java.util.List;

import org.socle.assessment.scoring.Improvement;
import org.socle.assessment.scoring.ScoreReport;
import org.socle.standard.StandardTreeView;

/**
 * A validated assessment explained ({@link ValidatedResults}).
 *
 * @param standard the standard's tree as it applied to the establishment's category
 * (titles, sources, guidance)
 * @param report levels, scores and caps of every domain, criterion and indicator
 * @param topImprovements the single-level raises that would help most, best first
 */
public record ValidatedResult(StandardTreeView standard, ScoreReport report, List<Improvement> topImprovements) {

	public ValidatedResult {
		topImprovements = List.copyOf(topImprovements);
	}

}
