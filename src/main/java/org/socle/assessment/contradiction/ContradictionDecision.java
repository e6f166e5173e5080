package org.socle.assessment.contradiction;

/**
 * What the reviewer concluded about a contradiction: the declaration is wrong
 * ({@code CONFIRMED}), there is a good reason for the difference ({@code EXPLAINED}), or
 * the declaration or the records were put right ({@code CORRECTED}, no longer counted as
 * open).
 */
public enum ContradictionDecision {

	CONFIRMED, EXPLAINED, CORRECTED

}
