package org.socle.reporting.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One year of validations: each establishment counted once, with its latest assessment
 * validated that year.
 *
 * @param medianScore exact to four decimals
 */
record YearTrend(int year, long establishments, BigDecimal medianScore, long ratedA, long ratedB, long ratedC,
		long ratedD) {

	public BigDecimal medianScoreShown() {
		return (this.medianScore != null) ? this.medianScore.setScale(1, RoundingMode.HALF_UP) : null;
	}

}
