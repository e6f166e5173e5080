package org.socle.standard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The values a metric must reach for levels 2, 3 and 4: at least the threshold when
 * higher is better, at most the threshold when lower is better.
 */
public record IndicatorThresholds(BigDecimal t2, BigDecimal t3, BigDecimal t4, ThresholdDirection direction) {

	public IndicatorThresholds {
		Objects.requireNonNull(t2, "t2");
		Objects.requireNonNull(t3, "t3");
		Objects.requireNonNull(t4, "t4");
		Objects.requireNonNull(direction, "direction");
		t2 = normalise(t2);
		t3 = normalise(t3);
		t4 = normalise(t4);
	}

	/** Whether t2, t3, t4 are ordered for the direction (t2 ≤ t3 ≤ t4 or reversed). */
	public boolean isOrdered() {
		return (this.direction == ThresholdDirection.HIGHER_IS_BETTER)
				? this.t2.compareTo(this.t3) <= 0 && this.t3.compareTo(this.t4) <= 0
				: this.t2.compareTo(this.t3) >= 0 && this.t3.compareTo(this.t4) >= 0;
	}

	/** t2, t3, t4 as plain decimal strings without trailing zeros ({@code 12.5}). */
	public List<String> plainValues() {
		return List.of(this.t2.toPlainString(), this.t3.toPlainString(), this.t4.toPlainString());
	}

	/** Without trailing zeros and with a non-negative scale: 110.0000 becomes 110. */
	public static BigDecimal normalise(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
