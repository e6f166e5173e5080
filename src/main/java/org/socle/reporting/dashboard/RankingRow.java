package org.socle.reporting.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.socle.assessment.scoring.Rating;
import org.socle.shared.BilingualName;
import org.socle.establishment.Category;

/**
 * A line of the ranking: an establishment with its latest validated assessment (none: the
 * assessment fields are null) and its operational figures at the reference date.
 *
 * @param score the latest validated score as shown (one decimal)
 * @param validatedOn when that assessment was validated
 */
record RankingRow(long establishmentId, String nameFr, String nameAr, String regionCode, Category category,
		String organisationName, Long assessmentId, BigDecimal score, String rating, LocalDate validatedOn,
		long activeBeneficiaries, Integer capacity, long overdueActions) implements BilingualName {

	/** Active beneficiaries over authorised places, in percent; null without capacity. */
	public BigDecimal occupancy() {
		return (this.capacity != null) ? Figures.percent(this.activeBeneficiaries, this.capacity) : null;
	}

	/** The rating as its enum, for its translated label; null when not assessed. */
	public Rating band() {
		return (this.rating != null) ? Rating.valueOf(this.rating) : null;
	}

	public boolean overCapacity() {
		return this.capacity != null && this.activeBeneficiaries > this.capacity;
	}

}
