package org.socle.reporting.dashboard;

import java.util.List;

/**
 * Active beneficiaries at the reference date by sex, age group and disability (R202 §21,
 * SDG 1.3.1), every count {@linkplain SmallCount suppressed} under five.
 *
 * @param byAge a line per {@link AgeGroup}
 * @param byDisability "with a disability", then "no disability recorded" (the type is
 * encrypted, so not counted by the database: docs/security.md)
 * @param total every active beneficiary
 */
record BeneficiaryFigures(List<Line> byAge, List<Line> byDisability, Line total) {

	/** Key of the line counting every type of disability. */
	static final String ANY_DISABILITY = "ANY";

	/** Key of the line without a recorded disability. */
	static final String NO_DISABILITY = "NONE";

	/**
	 * @param key an {@link AgeGroup}, {@link #ANY_DISABILITY} or {@link #NO_DISABILITY};
	 * null for the total
	 */
	record Line(String key, SmallCount women, SmallCount men, SmallCount all) {
	}

}
