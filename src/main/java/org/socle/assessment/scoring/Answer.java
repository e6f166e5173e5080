package org.socle.assessment.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An assessor's answer to one indicator. An indicator with no entry in the answers is
 * unanswered, which is not the same as {@link NotApplicable}.
 */
public sealed interface Answer permits Answer.Level, Answer.YesNo, Answer.Metric, Answer.NotApplicable {

	static Answer level(int level) {
		return new Level(level);
	}

	static Answer yes() {
		return new YesNo(true);
	}

	static Answer no() {
		return new YesNo(false);
	}

	static Answer metric(BigDecimal value) {
		return new Metric(value);
	}

	static Answer notApplicable() {
		return new NotApplicable();
	}

	/** A level picked by the assessor, for a {@link AnswerType#LEVEL} indicator. */
	record Level(int level) implements Answer {

		public Level {
			if (level < 1 || level > 4) {
				throw new IllegalArgumentException("A level is from 1 to 4, not " + level);
			}
		}

	}

	/** For a {@link AnswerType#YES_NO} indicator. */
	record YesNo(boolean yes) implements Answer {

	}

	/**
	 * The value of a {@link AnswerType#METRIC} indicator, as stored in the assessment.
	 */
	record Metric(BigDecimal value) implements Answer {

		public Metric {
			Objects.requireNonNull(value, "value");
		}

	}

	/** Marked not applicable, only where the indicator allows it. */
	record NotApplicable() implements Answer {

	}

}
