package org.socle.standard;

import java.util.Arrays;
import java.util.Optional;

/**
 * Unit of a metric indicator; {@link #symbol()} is the value used in the JSON format
 * ({@code %}, {@code MAD/day}, …).
 */
public enum MetricUnit {

	PERCENT("%"), MAD_PER_DAY("MAD/day"), MEETINGS("meetings"), HOURS("hours"), RATIO("ratio");

	private final String symbol;

	MetricUnit(String symbol) {
		this.symbol = symbol;
	}

	public String symbol() {
		return this.symbol;
	}

	public static Optional<MetricUnit> fromSymbol(String symbol) {
		return Arrays.stream(values()).filter((unit) -> unit.symbol.equals(symbol)).findFirst();
	}

}
