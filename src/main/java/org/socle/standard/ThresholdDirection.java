package org.socle.standard;

/**
 * Whether a metric improves as it rises (health cover) or as it falls (occupancy, staff
 * ratio).
 */
public enum ThresholdDirection {

	HIGHER_IS_BETTER, LOWER_IS_BETTER

}
