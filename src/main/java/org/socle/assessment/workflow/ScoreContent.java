package org.socle.assessment.workflow;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.socle.assessment.evidence.EvidenceRow;
import org.socle.assessment.scoring.Answer;
import org.socle.assessment.workflow.AssessmentPage.Header;
import org.socle.assessment.workflow.AssessmentPage.Snapshot;

/**
 * What an assessment's score page and its JSON are made of, read after the access check
 * and before any scoring: the header (with what the user may do) and the stored answers
 * with their evidence, all values with value equality. The pages are a function of it
 * (the standard's published tree never changes), so equal contents give equal pages and
 * any change (an answer, a comment, a metric snapshot, evidence, a status, the
 * establishment's name) gives unequal contents.
 */
public record ScoreContent(Header header, List<StoredAnswer> answers, Map<Long, List<EvidenceRow>> evidence) {

	/**
	 * An answer as stored: {@code scoring} as the engine reads it (null when unanswered),
	 * the rest as the pages show it; {@code typedValue} only for a metric typed in,
	 * {@code snapshot} only for a computed one.
	 */
	public record StoredAnswer(long id, long version, String indicatorCode, Answer scoring, Integer level, Boolean yes,
			BigDecimal typedValue, boolean notApplicable, String comment, Snapshot snapshot) {

		static StoredAnswer of(AssessmentAnswer answer) {
			Snapshot snapshot = answer.isComputed() ? new Snapshot(answer.getMetricValue(), answer.getMetricNumerator(),
					answer.getMetricDenominator(), answer.getMetricRecordType(), answer.getMetricRecordIds(),
					answer.getMetricGapIds(), answer.getMetricComputedAt()) : null;
			return new StoredAnswer(answer.getId(), answer.getVersion(), answer.getIndicatorCode(),
					answer.toScoringAnswer(), answer.getLevel(), answer.getYes(),
					answer.isComputed() ? null : answer.getMetricValue(), answer.isNotApplicable(), answer.getComment(),
					snapshot);
		}

	}

}
