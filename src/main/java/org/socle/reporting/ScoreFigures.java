package org.socle.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard's figures for a {@link FigureScope}: the whole scope and each of the
 * twelve regions (zeros where the scope has no establishment).
 *
 * @param referenceDate the day the figures describe
 */
public record ScoreFigures(LocalDate referenceDate, KeyFigures whole, List<KeyFigures> regions) {

	public ScoreFigures {
		regions = List.copyOf(regions);
	}

}
