package org.socle.assessment.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * A value on a 0–100 scale (a score, a contribution to one, a coverage): exact, and as
 * shown to users, rounded half-up to one decimal (SCORING.md, "Aggregation").
 */
public record Percent(BigFraction exact, BigDecimal display) {

	public Percent {
		Objects.requireNonNull(exact, "exact");
		if (!roundedToOneDecimal(exact).equals(display)) {
			throw new IllegalArgumentException(display + " is not " + exact + " shown to one decimal");
		}
	}

	public static Percent of(BigFraction exact) {
		return new Percent(exact, roundedToOneDecimal(exact));
	}

	/** Rounded half-up to a whole number: what the rating bands compare. */
	public int rounded() {
		return this.exact.bigDecimalValue(0, RoundingMode.HALF_UP).intValueExact();
	}

	private static BigDecimal roundedToOneDecimal(BigFraction exact) {
		return exact.bigDecimalValue(1, RoundingMode.HALF_UP);
	}

}
