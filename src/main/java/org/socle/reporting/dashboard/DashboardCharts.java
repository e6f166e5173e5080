package org.socle.reporting.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The charts' data as JSON, put in a {@code data-chart} attribute of each canvas (the
 * Content-Security-Policy allows no inline script): {@code static/js/dashboard.js} draws
 * them with Chart.js. Labels are translated here; colours are the script's, by dataset
 * key. Each chart's table, next to it, shows the same numbers.
 */
@Component
class DashboardCharts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> RATINGS = List.of("A", "B", "C", "D");

	private final MessageSource messages;

	DashboardCharts(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Establishments by the rating of their latest validated assessment, and not
	 * assessed.
	 */
	String ratings(Figures figures, Locale locale) {
		List<String> labels = new ArrayList<>();
		List<Long> counts = new ArrayList<>();
		for (String rating : RATINGS) {
			labels.add(rating + " · " + text("Rating." + rating, locale));
			counts.add(figures.rated(rating));
		}
		labels.add(text("dashboard.notAssessed", locale));
		counts.add(figures.notAssessed());
		return json(new Chart("ratings", labels,
				List.of(new Dataset("ratings", text("dashboard.establishments", locale), counts)),
				Map.of("x", text("dashboard.establishments", locale))));
	}

	/**
	 * Per year of validation: ratings stacked, median score as a line on its own axis.
	 */
	String trends(List<YearTrend> trends, Locale locale) {
		List<String> years = trends.stream().map((trend) -> Integer.toString(trend.year())).toList();
		List<Dataset> datasets = new ArrayList<>();
		List<Function<YearTrend, Long>> rated = List.of(YearTrend::ratedA, YearTrend::ratedB, YearTrend::ratedC,
				YearTrend::ratedD);
		for (int i = 0; i < RATINGS.size(); i++) {
			datasets.add(new Dataset(RATINGS.get(i), RATINGS.get(i) + " · " + text("Rating." + RATINGS.get(i), locale),
					trends.stream().map(rated.get(i)).toList()));
		}
		datasets.add(new Dataset("median", text("dashboard.medianScore", locale),
				trends.stream().map(YearTrend::medianScoreShown).toList()));
		return json(new Chart("trends", years, datasets,
				Map.of("y", text("dashboard.establishments", locale), "score", text("dashboard.medianScore", locale))));
	}

	/**
	 * Active beneficiaries by age group and sex; suppressed counts are left out (null).
	 */
	String beneficiaries(BeneficiaryFigures figures, Locale locale) {
		List<String> groups = figures.byAge()
			.stream()
			.map((line) -> text("dashboard.age." + line.key(), locale))
			.toList();
		return json(new Chart("beneficiaries", groups,
				List.of(new Dataset("F", text("dashboard.women", locale),
						figures.byAge().stream().map((line) -> line.women().value()).toList()),
						new Dataset("M", text("dashboard.men", locale),
								figures.byAge().stream().map((line) -> line.men().value()).toList())),
				Map.of("y", text("dashboard.activeBeneficiaries", locale))));
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static String json(Chart chart) {
		return JSON.writeValueAsString(chart);
	}

	/**
	 * @param kind which drawing the script makes
	 * @param axes axis titles by axis id
	 */
	record Chart(String kind, List<String> labels, List<Dataset> datasets, Map<String, String> axes) {
	}

	/**
	 * @param data numbers, null where there is nothing to draw
	 */
	record Dataset(String key, String label, List<? extends Number> data) {
	}

}
