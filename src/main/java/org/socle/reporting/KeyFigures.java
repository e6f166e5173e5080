package org.socle.reporting;

import java.math.BigDecimal;

/**
 * The dashboard's key figures of a set of establishments: counts of establishments,
 * places and people, never anyone's data.
 *
 * @param regionCode the region, null for the whole scope
 * @param occupancy occupied over authorised places, in percent (one decimal); null
 * without a known capacity
 * @param medianScore median of the latest validated scores (one decimal); null when none
 * is assessed
 * @param ratedA establishments whose latest validated assessment is rated A (and so on)
 */
public record KeyFigures(String regionCode, long establishments, long capacity, long activeBeneficiaries,
		BigDecimal occupancy, long overCapacity, long withoutValidAuthorisation, long expiredAuthorisation,
		long assessedLast12Months, long assessed, BigDecimal medianScore, long ratedA, long ratedB, long ratedC,
		long ratedD, long overdueActions) {

}
