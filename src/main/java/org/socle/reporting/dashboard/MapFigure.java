package org.socle.reporting.dashboard;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * What colours the map, chosen in the URL ({@code map=OCCUPANCY}); the median score by
 * default.
 */
enum MapFigure {

	MEDIAN_SCORE(Kind.SCORE, Figures::medianScoreShown),
	ESTABLISHMENTS(Kind.COUNT, (f) -> BigDecimal.valueOf(f.establishments())),
	CAPACITY(Kind.COUNT, (f) -> BigDecimal.valueOf(f.capacity())),
	ACTIVE_BENEFICIARIES(Kind.COUNT, (f) -> BigDecimal.valueOf(f.activeBeneficiaries())),
	OCCUPANCY(Kind.PERCENT, Figures::occupancy), ASSESSED_SHARE(Kind.PERCENT, Figures::assessedShare),
	WITHOUT_VALID_AUTHORISATION(Kind.COUNT, (f) -> BigDecimal.valueOf(f.withoutValidAuthorisation())),
	OVER_CAPACITY(Kind.COUNT, (f) -> BigDecimal.valueOf(f.overCapacity())),
	OVERDUE_ACTIONS(Kind.COUNT, (f) -> BigDecimal.valueOf(f.overdueActions()));

	/**
	 * A score is coloured by the band it falls in; counts and percentages by classes of
	 * equal width up to the largest region's value.
	 */
	enum Kind {

		SCORE, COUNT, PERCENT

	}

	private final Kind kind;

	private final Function<Figures, BigDecimal> value;

	MapFigure(Kind kind, Function<Figures, BigDecimal> value) {
		this.kind = kind;
		this.value = value;
	}

	Kind kind() {
		return this.kind;
	}

	/**
	 * The region's value; null where it means nothing (no establishment in scope, none
	 * assessed, no capacity).
	 */
	BigDecimal of(Figures figures) {
		return (figures.establishments() == 0) ? null : this.value.apply(figures);
	}

	/** The figure named in the URL, the default when absent or unknown. */
	static MapFigure parse(String name) {
		for (MapFigure figure : values()) {
			if (figure.name().equals(name)) {
				return figure;
			}
		}
		return MEDIAN_SCORE;
	}

}
