package org.socle.reporting.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.socle.establishment.Category;
import org.socle.shared.web.RenderedViews;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The national dashboard: one GET whose query string holds the filters, the map's figure
 * and the ranking's page and sort, so that any view can be bookmarked.
 */
@Controller
class DashboardController {

	static final String VIEW = "reporting/dashboard";

	private static final String BODY = "reporting/dashboard-body :: body";

	private final Dashboard dashboard;

	private final ChoroplethMap map;

	private final DashboardCharts charts;

	private final RenderedViews views;

	DashboardController(Dashboard dashboard, ChoroplethMap map, DashboardCharts charts, RenderedViews views) {
		this.dashboard = dashboard;
		this.map = map;
		this.charts = charts;
		this.views = views;
	}

	/**
	 * Filters that do not parse are dropped (the binding result is not an error page).
	 * The body is the same for every reader of the dashboard: it is rendered once per
	 * version of the data, scope (which holds the reference date), query and language.
	 */
	@GetMapping("/dashboard")
	String showDashboard(@ModelAttribute("filter") DashboardFilter filter, BindingResult ignored,
			@RequestParam(name = "map", required = false) String mapFigure,
			@PageableDefault(size = 20) Pageable ranking, Locale locale, HttpServletRequest request, Model model) {
		Dashboard.Data data = this.dashboard.show(filter, ranking, locale);
		model.addAttribute("data", data);
		model.addAttribute("figures", data.figures().whole());
		BodyKey key = new BodyKey(data.version(), data.scope(), request.getQueryString(), locale.getLanguage());
		model.addAttribute("body", this.views.html(key, BODY, () -> body(data, mapFigure, filter, locale, model)));
		return VIEW;
	}

	private Map<String, Object> body(Dashboard.Data data, String mapFigure, DashboardFilter filter, Locale locale,
			Model model) {
		Figures whole = data.figures().whole();
		model.addAttribute("map",
				this.map.draw(data.figures(), MapFigure.parse(mapFigure), filter, data.visits(), locale));
		model.addAttribute("mapFigures", MapFigure.values());
		model.addAttribute("ratings", List.of("A", "B", "C", "D"));
		model.addAttribute("categories", Category.values());
		model.addAttribute("links", new DashboardLinks(filter, MapFigure.parse(mapFigure)));
		model.addAttribute("ratingsChart", this.charts.ratings(whole, locale));
		model.addAttribute("trendsChart", this.charts.trends(data.trends(), locale));
		model.addAttribute("beneficiariesChart", this.charts.beneficiaries(data.beneficiaries(), locale));
		return model.asMap();
	}

	private record BodyKey(long version, Scope scope, String query, String language) {
	}

}
