package org.socle.assessment.contradiction;

import java.time.Instant;
import java.util.List;

import org.socle.shared.NotFoundException;
import org.socle.shared.StaleEditException;

import org.springframework.stereotype.Component;

/**
 * The contradictions kept with an assessment: written when it is submitted (replacing
 * those of an earlier submission: the previous decisions stay in its history), read by
 * its pages, decided by its reviewer. The caller checks access and the workflow's state.
 */
@Component
public class ContradictionStore {

	private final StoredContradictionRepository contradictions;

	ContradictionStore(StoredContradictionRepository contradictions) {
		this.contradictions = contradictions;
	}

	/** Replaces the assessment's contradictions with those just found: two statements. */
	public void replace(long assessmentId, List<Finding> findings, Instant foundAt) {
		this.contradictions.deleteByAssessment(assessmentId);
		this.contradictions.saveAll(
				findings.stream().map((finding) -> new StoredContradiction(assessmentId, finding, foundAt)).toList());
	}

	/** The assessment's contradictions by indicator: one statement. */
	public List<StoredContradiction> list(long assessmentId) {
		return this.contradictions.findByAssessmentIdOrderByIndicatorCodeAscIdAsc(assessmentId);
	}

	/**
	 * Records the reviewer's decision.
	 * @throws NotFoundException when the contradiction is not one of the assessment's
	 * @throws StaleEditException when it changed since {@code version} was read
	 * @return the contradiction decided
	 */
	public StoredContradiction decide(long assessmentId, long contradictionId, long version,
			ContradictionDecision decision, String comment, long actorId, String actorName, Instant at) {
		StoredContradiction contradiction = this.contradictions.findByIdAndAssessmentId(contradictionId, assessmentId)
			.orElseThrow(() -> new NotFoundException("Contradiction", contradictionId));
		contradiction.checkVersion(version);
		contradiction.decide(decision, comment, actorId, actorName, at);
		return this.contradictions.saveAndFlush(contradiction);
	}

}
