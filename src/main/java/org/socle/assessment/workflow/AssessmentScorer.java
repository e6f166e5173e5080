package org.socle.assessment.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.socle.assessment.scoring.Answer;
import org.socle.assessment.scoring.ScoreReport;
import org.socle.assessment.scoring.ScoringEngine;

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

	public ScoringTrees.Applicable applicable(Assessment assessment) {
		return this.trees.load(assessment.getStandardId()).applicableTo(assessment.getCategory());
	}

	Scored score(Assessment assessment, List<AssessmentAnswer> answers) {
		return score(assessment.getStandardId(), assessment.getCategory(), answers);
	}

	Scored score(long standardId, String category, List<AssessmentAnswer> answers) {
		ScoringTrees.Applicable applicable = this.trees.load(standardId).applicableTo(category);
		Map<String, Answer> byCode = answersByCode(answers);
		return new Scored(applicable, byCode, ScoringEngine.score(applicable.tree(), byCode));
	}

	private static Map<String, Answer> answersByCode(List<AssessmentAnswer> answers) {
		Map<String, Answer> byCode = new HashMap<>();
		for (AssessmentAnswer answer : answers) {
			Answer scoring = answer.toScoringAnswer();
			if (scoring != null) {
				byCode.put(answer.getIndicatorCode(), scoring);
			}
		}
		return byCode;
	}

	/** The trees, the answers as the engine reads them, and the report. */
	public record Scored(ScoringTrees.Applicable applicable, Map<String, Answer> answers, ScoreReport report) {

	}

}
