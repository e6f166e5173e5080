/**
 * Assessments of establishments against a published reference standard: self-assessments
 * by managers and audits by auditors, their workflow, answers with evidence and the
 * snapshot of computed metrics, explained scores (through the pure
 * {@link org.socle.assessment.scoring scoring engine}), the improvement simulator, the
 * auditors' review queue and the action plans that follow a validation.
 * <p>
 * Other modules read {@link org.socle.assessment.AssessmentOverview} (counts for home
 * pages and reports) and listen to {@link org.socle.assessment.AssessmentValidated}.
 */
@ApplicationModule(allowedDependencies = { "establishment", "standard", "care", "identity", "organisation", "shared" })
package org.socle.assessment;

import org.springframework.modulith.ApplicationModule;
