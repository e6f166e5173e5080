/**
 * Assessments of establishments against a published reference standard: self-assessments
 * by managers and audits by auditors, their workflow, answers with evidence and the
 * snapshot of computed metrics, explained scores (through the pure
 * {@link org.socle.assessment.scoring scoring engine}), the improvement simulator, the
 * auditors' review queue and the action plans that follow a validation.
 * <p>
 * API: {@link org.socle.assessment.AssessmentScores} (the stored scores of validated
 * assessments, for reports and dashboards) with
 * {@link org.socle.assessment.ValidatedScore},
 * {@link org.socle.assessment.AssessmentKind}, and the event
 * {@link org.socle.assessment.AssessmentValidated}; the engine's value types (rating, cap
 * reasons) through the named interface {@code scoring}. Internals by sub-feature:
 * {@code workflow} (assessments, answers, transitions, access, the assessment page, lists
 * and the review queue), {@code metrics} (snapshots of the computed indicators),
 * {@code evidence}, {@code actionplan}, {@code score} (score page, JSON explanation,
 * simulator, recording the scores of a validation).
 */
@ApplicationModule(allowedDependencies = { "establishment", "standard", "care", "identity", "shared" })
package org.socle.assessment;

import org.springframework.modulith.ApplicationModule;
