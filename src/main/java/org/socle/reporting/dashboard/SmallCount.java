package org.socle.reporting.dashboard;

/**
 * A count of people that is shown only from {@value #THRESHOLD} up: below, the page says
 * "&lt; 5" and the exact value never leaves the query's mapping, so that nobody can be
 * recognised in a small group.
 *
 * @param value the count, null when suppressed
 */
record SmallCount(Long value) {

	static final int THRESHOLD = org.socle.reporting.BeneficiaryStatistics.SUPPRESSED_BELOW;

	static SmallCount of(long count) {
		return new SmallCount((count < THRESHOLD) ? null : count);
	}

	public boolean suppressed() {
		return this.value == null;
	}

}
