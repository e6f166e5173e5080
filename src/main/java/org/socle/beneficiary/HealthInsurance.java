package org.socle.beneficiary;

/**
 * Health cover: AMO or another insurance count as covered (metric HEALTH_COVER_RATE).
 */
public enum HealthInsurance {

	AMO, OTHER, NONE, UNKNOWN

}
