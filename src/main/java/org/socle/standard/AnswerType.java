package org.socle.standard;

/**
 * How an indicator is answered (SCORING.md, "Indicator level").
 */
public enum AnswerType {

	/** The assessor picks a level from 1 to 4. */
	LEVEL,

	/** Yes gives the indicator's {@code yesLevel} (3, or 4), no gives 1. */
	YES_NO,

	/** A number, typed in or computed by Socle, mapped to a level by thresholds. */
	METRIC

}
