package org.socle.reporting.report;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.socle.assessment.ValidatedScore;
import org.socle.reporting.report.PeerBenchmark.Figure;
import org.socle.reporting.report.PeerBenchmark.Group;
import org.socle.reporting.report.QualityReport.DomainLine;
import org.socle.reporting.report.SvgCharts.Series;

import org.springframework.context.MessageSource;

/**
 * The report's three charts (band bar, domains radar, evolution) as SVG, with the legend
 * to print beside each; the page and the PDF show these same strings.
 *
 * @param band the overall score inside the rating bands; null without an assessment
 * @param radar the domains against the peers' medians; null without an assessment
 * @param evolution every validated assessment's scores; null without an assessment
 */
record ReportCharts(String band, String radar, List<Legend> radarLegend, String evolution,
		List<Legend> evolutionLegend) {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

	/** A series' name and colour. */
	record Legend(String name, String colour) {

	}

	static ReportCharts of(QualityReport report, MessageSource messages, Locale locale) {
		if (report.assessed().isEmpty()) {
			return new ReportCharts(null, null, List.of(), null, List.of());
		}
		QualityReport.Assessed assessed = report.assessed().get();
		String band = SvgCharts.band(assessed.score().score(), messages.getMessage("report.chart.band", null, locale));

		List<DomainLine> domains = assessed.domains();
		List<String> axes = domains.stream().map((line) -> line.score().code()).toList();
		List<Series> radarSeries = new ArrayList<>();
		List<Legend> radarLegend = new ArrayList<>();
		radarSeries.add(new Series(report.establishment().name(locale),
				domains.stream().map((line) -> line.score().score()).toList(), true));
		for (Group group : report.peers().groups()) {
			List<BigDecimal> medians = axes.stream()
				.map((code) -> group.domain(code).filter(Figure::isShown).map(Figure::median).orElse(null))
				.toList();
			if (medians.stream().anyMatch((median) -> median != null)) {
				radarSeries.add(new Series(messages.getMessage("report.peers.median." + group.kind(), null, locale),
						medians, false));
			}
		}
		for (int i = 0; i < radarSeries.size(); i++) {
			radarLegend.add(new Legend(radarSeries.get(i).name(), SvgCharts.colour(i)));
		}
		String radar = SvgCharts.radar(axes, radarSeries, messages.getMessage("report.chart.radar", null, locale));

		List<ValidatedScore> history = report.history();
		List<Series> lines = new ArrayList<>();
		lines.add(new Series(messages.getMessage("report.overall", null, locale),
				history.stream().map(ValidatedScore::score).toList(), true));
		for (String code : report.historyDomainCodes()) {
			lines.add(
					new Series(code, history.stream().map((score) -> report.domainScore(score, code)).toList(), false));
		}
		List<Legend> lineLegend = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			lineLegend.add(new Legend(lines.get(i).name(), SvgCharts.colour(i)));
		}
		String evolution = SvgCharts.lines(
				history.stream().map((score) -> score.referenceDate().format(MONTH)).toList(), lines,
				messages.getMessage("report.chart.evolution", null, locale));
		return new ReportCharts(band, radar, radarLegend, evolution, lineLegend);
	}

}
