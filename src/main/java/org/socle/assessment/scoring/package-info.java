/**
 * The scoring engine (SCORING.md): plain Java, no Spring, JPA or I/O. Published to other
 * modules as the named interface {@code scoring}, for the engine's value types that
 * {@link org.socle.assessment.AssessmentScores} returns ({@link Rating},
 * {@link Cap.Reason}).
 */
@NamedInterface("scoring")
package org.socle.assessment.scoring;

import org.springframework.modulith.NamedInterface;
