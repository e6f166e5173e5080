package org.socle.assessment.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The values a metric must reach for levels 2, 3 and 4. Reaching means at least the
 * threshold when higher is better, at most the threshold when lower is better (occupancy
 * 110 / 100 / 90: 90 % or less is level 4). A value exactly on a threshold reaches it.
 */
public record Thresholds(BigDecimal t2, BigDecimal t3, BigDecimal t4, Direction direction) {

	public enum Direction {

		HIGHER_IS_BETTER, LOWER_IS_BETTER

	}

	public Thresholds {
		Objects.requireNonNull(t2, "t2");
		Objects.requireNonNull(t3, "t3");
		Objects.requireNonNull(t4, "t4");
		Objects.requireNonNull(direction, "direction");
		if (!reaches(t3, t2, direction) || !reaches(t4, t3, direction)) {
			throw new IllegalArgumentException(
					"Thresholds " + t2 + " / " + t3 + " / " + t4 + " are out of order for " + direction);
		}
	}

	/** The level from 1 to 4 that a metric value reaches. */
	public int levelOf(BigDecimal value) {
		Objects.requireNonNull(value, "value");
		if (reaches(value, this.t4, this.direction)) {
			return 4;
		}
		if (reaches(value, this.t3, this.direction)) {
			return 3;
		}
		if (reaches(value, this.t2, this.direction)) {
			return 2;
		}
		return 1;
	}

	private static boolean reaches(BigDecimal value, BigDecimal threshold, Direction direction) {
		int comparison = value.compareTo(threshold);
		return (direction == Direction.HIGHER_IS_BETTER) ? comparison >= 0 : comparison <= 0;
	}

}
