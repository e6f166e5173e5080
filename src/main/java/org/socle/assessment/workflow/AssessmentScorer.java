package org.socle.assessment.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.socle.assessment.scoring.Answer;
import org.socle.assessment.scoring.ScoreReport;
import org.socle.assessment.scoring.ScoringEngine;
import org.socle.standard.StandardSummary;

import org.springframework.stereotype.Component;

/**
 * Scores an assessment: its standard restricted to the establishment category recorded on
 * the assessment, and its stored answers (computed metrics by their snapshot).
 */
@Component
public class AssessmentScorer {

	private final ScoringTrees trees;

	AssessmentScorer(ScoringTrees trees) {
		this.trees = trees;
	}

	/** The standard the assessment is made against. */
	StandardSummary standard(Assessment assessment) {
		return this.trees.load(assessment.getStandardId()).view().standard();
	}

	public ScoringTrees.Applicable applicable(Assessment assessment) {
		return this.trees.load(assessment.getStandardId()).applicableTo(assessment.getCategory());
	}

	Scored score(Assessment assessment, List<AssessmentAnswer> answers) {
		return score(assessment.getStandardId(), assessment.getCategory(), answers);
	}

	Scored score(long standardId, String category, List<AssessmentAnswer> answers) {
		Map<String, Answer> byCode = new HashMap<>();
		for (AssessmentAnswer answer : answers) {
			put(byCode, answer.getIndicatorCode(), answer.toScoringAnswer());
		}
		return score(standardId, category, byCode);
	}

	/** The score page's content scored: no statement, the standard's tree is kept. */
	Scored score(ScoreContent content) {
		Map<String, Answer> byCode = new HashMap<>();
		for (ScoreContent.StoredAnswer answer : content.answers()) {
			put(byCode, answer.indicatorCode(), answer.scoring());
		}
		return score(content.header().standard().id(), content.header().category(), byCode);
	}

	private Scored score(long standardId, String category, Map<String, Answer> byCode) {
		ScoringTrees.Applicable applicable = this.trees.load(standardId).applicableTo(category);
		return new Scored(applicable, byCode, ScoringEngine.score(applicable.tree(), byCode));
	}

	private static void put(Map<String, Answer> byCode, String code, Answer scoring) {
		if (scoring != null) {
			byCode.put(code, scoring);
		}
	}

	/** The trees, the answers as the engine reads them, and the report. */
	public record Scored(ScoringTrees.Applicable applicable, Map<String, Answer> answers, ScoreReport report) {

	}

}
