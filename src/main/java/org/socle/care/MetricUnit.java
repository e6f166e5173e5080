package org.socle.care;

/**
 * How a metric's value reads: a percentage (0–100, or above for occupancy) or a ratio.
 */
public enum MetricUnit {

	PERCENT, RATIO

}
