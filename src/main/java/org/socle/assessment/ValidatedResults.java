package org.socle.assessment;

import org.socle.assessment.score.ScoreSimulator;
import org.socle.assessment.workflow.AssessmentReader;
import org.socle.assessment.workflow.AssessmentScorer.Scored;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The explained result of a validated assessment, for quality reports: the standard as it
 * applied, the engine's report (domains, criteria, indicator levels, caps) recomputed
 * from the stored answers (a validated assessment never changes, so it equals the stored
 * score), and the simulator's best single raises. Three statements; the standard's tree
 * is cached.
 */
@Service
@Transactional(readOnly = true)
public class ValidatedResults {

	private final AssessmentReader reader;

	private final ScoreSimulator simulator;

	ValidatedResults(AssessmentReader reader, ScoreSimulator simulator) {
		this.reader = reader;
		this.simulator = simulator;
	}

	/**
	 * @throws org.socle.shared.NotFoundException when the current user may not read the
	 * assessment, or it is not validated
	 */
	public ValidatedResult explain(long assessmentId) {
		Scored scored = this.reader.scoredValidated(assessmentId);
		return new ValidatedResult(scored.applicable().view(), scored.report(),
				this.simulator.ofValidated(assessmentId, scored));
	}

}
