package org.socle.reporting.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The key figures of a set of establishments (the whole scope, or one region of it).
 *
 * @param regionCode the region, null for the whole scope
 * @param capacity authorised places, where the capacity is known
 * @param activeBeneficiaries beneficiaries with a stay open at the reference date
 * @param occupiedPlaces active beneficiaries of the establishments whose capacity is
 * known: occupancy is this over {@code capacity}
 * @param overCapacity establishments with more active beneficiaries than authorised
 * places
 * @param withoutValidAuthorisation establishments whose authorisation is not valid at the
 * reference date (none, pending, expired)
 * @param expiredAuthorisation of those, the ones whose authorisation has expired
 * @param assessedLast12Months establishments with an assessment validated in the twelve
 * months up to the reference date
 * @param assessed establishments with a validated assessment, whenever
 * @param medianScore median of the latest validated score of each assessed establishment,
 * exact to four decimals; null when none is assessed
 * @param ratedA establishments whose latest validated assessment is rated A (and so on)
 * @param overdueActions corrective actions due before the reference date and not done by
 * then (dropped ones aside)
 */
record Figures(String regionCode, long establishments, long capacity, long activeBeneficiaries, long occupiedPlaces,
		long overCapacity, long withoutValidAuthorisation, long expiredAuthorisation, long assessedLast12Months,
		long assessed, BigDecimal medianScore, long ratedA, long ratedB, long ratedC, long ratedD,
		long overdueActions) {

	/** A region with no establishment in scope. */
	static Figures none(String regionCode) {
		return new Figures(regionCode, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, 0, 0, 0, 0, 0);
	}

	/** Occupied places over authorised places, in percent; null without capacity. */
	public BigDecimal occupancy() {
		return percent(this.occupiedPlaces, this.capacity);
	}

	/** Share of establishments assessed in the last twelve months, in percent. */
	public BigDecimal assessedShare() {
		return percent(this.assessedLast12Months, this.establishments);
	}

	public long notAssessed() {
		return this.establishments - this.assessed;
	}

	/** The median score as shown: one decimal, rounded half up (as every score). */
	public BigDecimal medianScoreShown() {
		return (this.medianScore != null) ? this.medianScore.setScale(1, RoundingMode.HALF_UP) : null;
	}

	/** Share of the establishments rated so, in percent. */
	public BigDecimal ratedShare(String rating) {
		return percent(rated(rating), this.establishments);
	}

	public BigDecimal notAssessedShare() {
		return percent(notAssessed(), this.establishments);
	}

	public long rated(String rating) {
		return switch (rating) {
			case "A" -> this.ratedA;
			case "B" -> this.ratedB;
			case "C" -> this.ratedC;
			case "D" -> this.ratedD;
			default -> throw new IllegalArgumentException(rating);
		};
	}

	/** Percent with one decimal, rounded half up; null when there is no whole. */
	static BigDecimal percent(long part, long whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

}
