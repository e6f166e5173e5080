package org.socle.reporting.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The page's links, each keeping the filters: to the ranking sorted on a column, and to
 * the lists behind the panels (the establishment list, with the filters it knows).
 */
class DashboardLinks {

	/** Columns whose first click sorts the largest first. */
	private static final Set<String> LARGEST_FIRST = Set.of("score", "validated", "occupancy", "overdue");

	private final DashboardFilter filter;

	private final MapFigure figure;

	DashboardLinks(DashboardFilter filter, MapFigure figure) {
		this.filter = filter;
		this.figure = figure;
	}

	/** The ranking sorted on {@code column}: the other way round if it already is. */
	public String sort(String currentSort, String column) {
		String direction;
		if ((column + ",desc").equals(currentSort)) {
			direction = "asc";
		}
		else if ((column + ",asc").equals(currentSort)) {
			direction = "desc";
		}
		else {
			direction = LARGEST_FIRST.contains(column) ? "desc" : "asc";
		}
		return ranking(column + "," + direction);
	}

	/** The ranking, on its first page, in that order ("column,direction"). */
	public String ranking(String sort) {
		return dashboard("sort", sort) + "#ranking";
	}

	/** The dashboard with these filters and the map's figure. */
	public String dashboard(Object... extra) {
		List<Object> parameters = new ArrayList<>();
		if (this.figure != MapFigure.MEDIAN_SCORE) {
			parameters.addAll(List.of("map", this.figure.name()));
		}
		parameters.addAll(Arrays.asList(extra));
		return this.filter.dashboardLink(parameters.toArray());
	}

	/** The establishment list behind the figures: active establishments, filtered. */
	public String establishments() {
		return this.filter.establishmentsLink("status", "ACTIVE");
	}

	/**
	 * The establishments the "without a valid authorisation" card counts: active, opened,
	 * not authorised until today at least.
	 */
	public String unauthorised() {
		return this.filter.establishmentsLink("status", "ACTIVE", "unauthorised", "true");
	}

}
