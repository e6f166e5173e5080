package org.socle.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * An establishment's beneficiaries counted at a reference date, as the dashboard counts
 * them: never a name or a pseudonym, and every count under {@value #SUPPRESSED_BELOW}
 * suppressed (null) so that nobody can be recognised in a small group.
 *
 * @param byAge a line per age group ({@code AGE_0_5} … {@code AGE_60_PLUS})
 * @param byDisability {@code ANY} (with a disability), a line per disability type, then
 * {@code NONE}
 * @param active people with a stay open at the reference date
 * @param discharged people discharged in the twelve months before it
 */
public record BeneficiaryStatistics(long establishmentId, LocalDate referenceDate, List<Line> byAge,
		List<Line> byDisability, Line active, Line discharged) {

	/** Counts under this are suppressed. */
	public static final int SUPPRESSED_BELOW = 5;

	public BeneficiaryStatistics {
		byAge = List.copyOf(byAge);
		byDisability = List.copyOf(byDisability);
	}

	/**
	 * Women, men and both; null when under {@value #SUPPRESSED_BELOW}.
	 *
	 * @param key what the line counts; null for the totals
	 */
	public record Line(String key, Long women, Long men, Long all) {
	}

}
