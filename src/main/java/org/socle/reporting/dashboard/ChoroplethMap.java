package org.socle.reporting.dashboard;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.socle.reference.ReferenceDataService;
import org.socle.reference.RegionRef;
import org.socle.reporting.map.RegionMap;

import org.springframework.stereotype.Component;

/**
 * The map of the 12 regions coloured by a figure: each region an SVG path drawn on the
 * server from the bundled geometry, linking to the dashboard filtered on it (or back to
 * every region when it is the one selected).
 */
@Component
class ChoroplethMap {

	private final RegionMap geometry;

	private final ReferenceDataService reference;

	ChoroplethMap(RegionMap geometry, ReferenceDataService reference) {
		this.geometry = geometry;
		this.reference = reference;
	}

	/**
	 * @param visits the inspection visits planned in scope: a marker each where the
	 * establishment's coordinates are recorded
	 */
	MapView draw(DashboardQueries.FigureSet figures, MapFigure figure, DashboardFilter filter,
			List<PlannedVisitMarker> visits, Locale locale) {
		Map<RegionRef, BigDecimal> values = new LinkedHashMap<>();
		for (RegionRef region : this.reference.regions()) {
			values.put(region, figure.of(figures.region(region.code())));
		}
		MapShading shading = MapShading.of(figure.kind(), values.values());
		Object[] keepFigure = (figure != MapFigure.MEDIAN_SCORE) ? new Object[] { "map", figure.name() }
				: new Object[0];
		List<Area> areas = values.entrySet().stream().map((entry) -> {
			RegionRef region = entry.getKey();
			boolean selected = region.code().equals(filter.getRegion());
			String href = filter.withRegion(selected ? null : region.code()).dashboardLink(keepFigure);
			return new Area(region.code(), region.name(locale), this.geometry.paths().get(region.code()),
					entry.getValue(), shading.cssClass(entry.getValue()), href, selected,
					filter.withRegion(region.code()).establishmentsLink("status", "ACTIVE"));
		}).toList();
		List<VisitPin> pins = visits.stream().filter(PlannedVisitMarker::placed).map((visit) -> {
			double[] xy = this.geometry.point(visit.longitude().doubleValue(), visit.latitude().doubleValue());
			return new VisitPin(String.format(Locale.ROOT, "%.1f", xy[0]), String.format(Locale.ROOT, "%.1f", xy[1]),
					visit);
		}).toList();
		return new MapView(this.geometry.viewBox(), figure, areas, shading.legend(), pins, visits.size());
	}

	/**
	 * @param visits the planned visits placed on the map
	 * @param plannedVisits every planned visit in scope, placed or not
	 */
	record MapView(String viewBox, MapFigure figure, List<Area> areas, List<MapShading.LegendEntry> legend,
			List<VisitPin> visits, int plannedVisits) {

		/** Planned visits at establishments whose coordinates are not recorded. */
		public int unplacedVisits() {
			return this.plannedVisits - this.visits.size();
		}

		/** Decimals the figure is shown with: none for counts. */
		public int decimals() {
			return (this.figure.kind() == MapFigure.Kind.COUNT) ? 0 : 1;
		}

	}

	/**
	 * @param value the figure, null when it means nothing there
	 * @param href the dashboard filtered on this region (every region when selected)
	 * @param establishmentsHref the establishment list behind the region
	 */
	/** A planned visit's marker, at x and y in the map's coordinates. */
	record VisitPin(String x, String y, PlannedVisitMarker visit) {
	}

	record Area(String code, String name, String path, BigDecimal value, String cssClass, String href, boolean selected,
			String establishmentsHref) {
	}

}
