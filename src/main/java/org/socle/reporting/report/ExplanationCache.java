package org.socle.reporting.report;

import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.socle.assessment.ValidatedResult;

import org.springframework.stereotype.Component;

/**
 * Explanations of validated assessments, kept by each node by assessment id. Why: once
 * the report's body is kept, explaining its latest assessment again (loading it and its
 * answers, then scoring the whole standard) was the largest part of what a report still
 * cost at national scale (docs/performance.md, "The quality report and its PDF at L").
 * <p>
 * Correct on every node without invalidation, as the simulator's cache of the same
 * assessments: VALIDATED is final, a validated assessment's answers never change, and
 * neither does its published standard. Asked only after the establishment's access check:
 * a validated assessment is readable by whoever may read its establishment
 * (AssessmentScores), so the explanation's own check, run when it is computed, refuses no
 * one the establishment's check let through. Entries share the kept bodies' keys
 * (QualityReportController): bounded as they are, about one report per establishment.
 */
@Component
class ExplanationCache {

	private final Cache<Long, ValidatedResult> kept = Caffeine.newBuilder().maximumSize(1_000).build();

	ValidatedResult get(long assessmentId, Supplier<ValidatedResult> explain) {
		return this.kept.get(assessmentId, (id) -> explain.get());
	}

}
