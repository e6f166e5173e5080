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

	MapView draw(DashboardQueries.FigureSet figures, MapFigure figure, DashboardFilter filter, Locale locale) {
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
		return new MapView(this.geometry.viewBox(), figure, areas, shading.legend());
	}

	record MapView(String viewBox, MapFigure figure, List<Area> areas, List<MapShading.LegendEntry> legend) {

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
	record Area(String code, String name, String path, BigDecimal value, String cssClass, String href, boolean selected,
			String establishmentsHref) {
	}

}
