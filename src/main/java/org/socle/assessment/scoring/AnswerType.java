package org.socle.assessment.scoring;

/**
 * How an indicator is answered, and so how its answer becomes a level (SCORING.md,
 * "Indicator level").
 */
public enum AnswerType {

	/** The assessor picks a level from 1 to 4. */
	LEVEL,

	/**
	 * No gives level 1; yes gives the indicator's {@code yesLevel} (3, or 4 where meeting
	 * it is exemplary).
	 */
	YES_NO,

	/** A number mapped to a level by the indicator's {@link Thresholds}. */
	METRIC

}
