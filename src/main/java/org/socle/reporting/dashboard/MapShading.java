package org.socle.reporting.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * How the map turns a region's value into a colour (a CSS class), and the legend that
 * says so. Scores take the colour of their rating band (A to D, on the score rounded to a
 * whole number, as ratings do); counts and percentages fall into up to five classes of
 * equal width from zero to the largest value, lighter to darker. A region without a value
 * is grey.
 */
final class MapShading {

	static final String NO_DATA = "map-none";

	private static final int CLASSES = 5;

	private static final String[] BANDS = { "A", "B", "C", "D" };

	private static final int[] BAND_FLOORS = { 85, 60, 30, 0 };

	/** Upper bounds of the classes, ascending; empty for bands. */
	private final List<BigDecimal> uppers;

	private final MapFigure.Kind kind;

	private final boolean anyMissing;

	private MapShading(List<BigDecimal> uppers, MapFigure.Kind kind, boolean anyMissing) {
		this.uppers = uppers;
		this.kind = kind;
		this.anyMissing = anyMissing;
	}

	static MapShading of(MapFigure.Kind kind, Collection<BigDecimal> values) {
		boolean anyMissing = values.contains(null);
		if (kind == MapFigure.Kind.SCORE) {
			return new MapShading(List.of(), kind, anyMissing);
		}
		BigDecimal max = values.stream().filter(Objects::nonNull).max(BigDecimal::compareTo).orElse(null);
		if (max == null) {
			return new MapShading(List.of(), kind, true);
		}
		TreeSet<BigDecimal> uppers = new TreeSet<>();
		int scale = (kind == MapFigure.Kind.COUNT) ? 0 : 1;
		for (int k = 1; k <= CLASSES; k++) {
			uppers.add(max.multiply(BigDecimal.valueOf(k))
				.divide(BigDecimal.valueOf(CLASSES), scale, RoundingMode.CEILING));
		}
		return new MapShading(new ArrayList<>(uppers), kind, anyMissing);
	}

	String cssClass(BigDecimal value) {
		if (value == null) {
			return NO_DATA;
		}
		if (this.kind == MapFigure.Kind.SCORE) {
			return "map-band-" + band(value);
		}
		int n = this.uppers.size();
		for (int j = 0; j < n; j++) {
			if (value.compareTo(this.uppers.get(j)) <= 0) {
				return colour(j, n);
			}
		}
		return colour(n - 1, n);
	}

	/** Legend entries, in the order the colours darken (best band first for scores). */
	List<LegendEntry> legend() {
		List<LegendEntry> legend = new ArrayList<>();
		if (this.kind == MapFigure.Kind.SCORE) {
			for (String band : BANDS) {
				legend.add(new LegendEntry("map-band-" + band, "dashboard.map.band." + band));
			}
		}
		int n = this.uppers.size();
		for (int j = 0; j < n; j++) {
			legend.add(entry(j, n));
		}
		if (this.anyMissing) {
			legend.add(new LegendEntry(NO_DATA, "dashboard.map.noData"));
		}
		return legend;
	}

	private LegendEntry entry(int j, int n) {
		BigDecimal upper = this.uppers.get(j);
		String css = colour(j, n);
		if (j == 0) {
			return (upper.signum() == 0) ? new LegendEntry(css, "dashboard.map.exactly", upper)
					: new LegendEntry(css, "dashboard.map.upTo", upper);
		}
		BigDecimal lower = this.uppers.get(j - 1);
		if (this.kind == MapFigure.Kind.COUNT) {
			lower = lower.add(BigDecimal.ONE);
			if (lower.compareTo(upper) == 0) {
				return new LegendEntry(css, "dashboard.map.exactly", upper);
			}
		}
		return new LegendEntry(css, "dashboard.map.range", lower, upper);
	}

	/** Spread over the five shades so that fewer classes still end at the darkest. */
	private static String colour(int j, int n) {
		return "map-" + (int) Math.ceil((double) CLASSES * (j + 1) / n);
	}

	static String band(BigDecimal score) {
		int rounded = score.setScale(0, RoundingMode.HALF_UP).intValue();
		for (int i = 0; i < BANDS.length; i++) {
			if (rounded >= BAND_FLOORS[i]) {
				return BANDS[i];
			}
		}
		return BANDS[BANDS.length - 1];
	}

	/** A colour and what it stands for: a message key and its arguments. */
	record LegendEntry(String cssClass, String messageKey, Object... arguments) {
	}

}
