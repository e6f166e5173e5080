package org.socle.beneficiary;

/**
 * Schooling status.
 */
public enum Schooling {

	ENROLLED, NOT_ENROLLED, NOT_APPLICABLE

}
