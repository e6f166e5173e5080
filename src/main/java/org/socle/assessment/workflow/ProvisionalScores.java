package org.socle.assessment.workflow;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.socle.assessment.scoring.ScoreReport;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provisional scores of a page of assessments not yet validated (the review queue):
 * one statement for the answers of the whole page, scored with the cached standard trees.
 */
@Service
@Transactional(readOnly = true)
class ProvisionalScores {

	private final AssessmentAnswerRepository answers;

	private final AssessmentScorer scorer;

	ProvisionalScores(AssessmentAnswerRepository answers, AssessmentScorer scorer) {
		this.answers = answers;
		this.scorer = scorer;
	}

	/** The score report of each row, by assessment id. */
	Map<Long, ScoreReport> of(List<AssessmentListRow> rows) {
		if (rows.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<AssessmentAnswer>> byAssessment = this.answers
			.findByAssessmentIdIn(rows.stream().map(AssessmentListRow::id).toList())
			.stream()
			.collect(Collectors.groupingBy(AssessmentAnswer::getAssessmentId));
		return rows.stream()
			.collect(Collectors.toMap(AssessmentListRow::id,
					(row) -> this.scorer
						.score(row.standardId(), row.category(), byAssessment.getOrDefault(row.id(), List.of()))
						.report()));
	}

}
