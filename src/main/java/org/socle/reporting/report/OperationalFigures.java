package org.socle.reporting.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.socle.reporting.dashboard.AgeGroup;

/**
 * The establishment's operational figures at the report's date: capacity, the people
 * present (a stay admitted on or before the date and not discharged before it, each
 * person once) by sex and age group, and the care-qualified staff in post.
 *
 * @param capacity the authorised capacity; null when unknown
 * @param byAge a line per age group, youngest first
 * @param total everyone present
 */
record OperationalFigures(Integer capacity, List<Line> byAge, Line total, long careStaff) {

	OperationalFigures {
		byAge = List.copyOf(byAge);
	}

	public long active() {
		return this.total.all();
	}

	/** Present out of capacity, in percent to one decimal; null without a capacity. */
	public BigDecimal occupancy() {
		return (this.capacity == null || this.capacity == 0) ? null
				: BigDecimal.valueOf(active() * 100).divide(BigDecimal.valueOf(this.capacity), 1, RoundingMode.HALF_UP);
	}

	/**
	 * People present per care-qualified staff member, to one decimal; null without care
	 * staff.
	 */
	public BigDecimal staffRatio() {
		return (this.careStaff == 0) ? null
				: BigDecimal.valueOf(active()).divide(BigDecimal.valueOf(this.careStaff), 1, RoundingMode.HALF_UP);
	}

	/**
	 * @param group null for the total
	 */
	record Line(AgeGroup group, long women, long men, long all) {

	}

}
