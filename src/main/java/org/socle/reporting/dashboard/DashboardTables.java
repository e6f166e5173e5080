package org.socle.reporting.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.socle.assessment.scoring.Rating;
import org.socle.reference.ReferenceDataService;
import org.socle.reference.RegionRef;
import org.socle.shared.NotFoundException;
import org.socle.shared.export.ExportColumns;
import org.socle.shared.export.TableExport;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The dashboard's tables as exports, each with the dashboard's filters: the ranking, the
 * figures by region, the ratings, the heat-map (every establishment of the scope, not
 * only the ranking's page), the trends by year and the beneficiary breakdown, whose
 * counts under five are written "&lt; 5" as on the page. Access and filters are checked
 * when the export is built; the rows are read when it is written.
 */
@Component
class DashboardTables {

	private final Dashboard dashboard;

	private final DashboardQueries queries;

	private final ReferenceDataService reference;

	private final MessageSource messages;

	DashboardTables(Dashboard dashboard, DashboardQueries queries, ReferenceDataService reference,
			MessageSource messages) {
		this.dashboard = dashboard;
		this.queries = queries;
		this.reference = reference;
		this.messages = messages;
	}

	/**
	 * @throws NotFoundException for a name that is not a table's
	 * @throws org.socle.shared.NotAllowedException for a manager
	 */
	TableExport<?> export(String table, DashboardFilter filter, Pageable ranking, Locale locale) {
		return switch (table) {
			case "ranking" -> TableExport.of("dashboard.ranking.title", rankingColumns(locale),
					this.dashboard.exportRanking(filter, ranking, locale));
			case "regions" -> regions(this.dashboard.exportScope(filter), locale);
			case "ratings" -> ratings(this.dashboard.exportScope(filter), locale);
			case "heatmap" -> heatMap(this.dashboard.exportScope(filter), ranking, locale);
			case "trends" -> trends(this.dashboard.exportScope(filter));
			case "beneficiaries" -> beneficiaries(this.dashboard.exportScope(filter), locale);
			default -> throw new NotFoundException("Dashboard table", table);
		};
	}

	/** The ranking's own columns, first those that say which establishment. */
	private <T> ExportColumns<T> establishment(Function<T, RankingRow> row, Locale locale) {
		Map<String, RegionRef> regions = this.reference.regionsByCode();
		return ExportColumns.<T>of()
			.number("export.table.id", (t) -> row.apply(t).establishmentId())
			.text("dashboard.column.name", (t) -> row.apply(t).name(locale))
			.text("dashboard.column.region", (t) -> regionName(regions, row.apply(t).regionCode(), locale))
			.label("dashboard.column.category", (t) -> row.apply(t).category())
			.text("dashboard.column.organisation", (t) -> row.apply(t).organisationName())
			.number("dashboard.column.score", (t) -> row.apply(t).score())
			.label("dashboard.column.rating", (t) -> row.apply(t).band());
	}

	private ExportColumns<RankingRow> rankingColumns(Locale locale) {
		return establishment(Function.<RankingRow>identity(), locale)
			.date("dashboard.column.validated", RankingRow::validatedOn)
			.number("dashboard.column.occupancy", RankingRow::occupancy)
			.number("dashboard.column.overdue", RankingRow::overdueActions);
	}

	/** Every region, then the whole scope ("Total"). */
	private TableExport<Figures> regions(Scope scope, Locale locale) {
		Map<String, RegionRef> regions = this.reference.regionsByCode();
		String total = this.messages.getMessage("dashboard.total", null, locale);
		ExportColumns<Figures> columns = ExportColumns.<Figures>of()
			.text("dashboard.column.region",
					(f) -> (f.regionCode() != null) ? regionName(regions, f.regionCode(), locale) : total)
			.number("dashboard.establishments", Figures::establishments)
			.number("dashboard.capacity", Figures::capacity)
			.number("dashboard.activeBeneficiaries", Figures::activeBeneficiaries)
			.number("dashboard.occupancy", Figures::occupancy)
			.number("dashboard.medianScore", Figures::medianScoreShown)
			.number("dashboard.assessedShare", Figures::assessedShare)
			.number("dashboard.withoutAuthorisation", Figures::withoutValidAuthorisation)
			.number("dashboard.export.expiredAuthorisation", Figures::expiredAuthorisation)
			.number("dashboard.overCapacity", Figures::overCapacity)
			.number("dashboard.overdueActions", Figures::overdueActions);
		return TableExport.of("dashboard.export.regions", columns, () -> {
			DashboardQueries.FigureSet figures = this.queries.figures(scope);
			List<Figures> rows = new ArrayList<>(regions.keySet().stream().map(figures::region).toList());
			rows.add(figures.whole());
			return rows.stream();
		});
	}

	/**
	 * A line of the ratings table: a rating, or none for the establishments not assessed.
	 */
	private record RatingLine(Rating rating, long count, BigDecimal share) {
	}

	private TableExport<RatingLine> ratings(Scope scope, Locale locale) {
		String notAssessed = this.messages.getMessage("dashboard.notAssessed", null, locale);
		ExportColumns<RatingLine> columns = ExportColumns.<RatingLine>of()
			.text("dashboard.rating",
					(line) -> (line.rating() != null)
							? this.messages.getMessage("Rating." + line.rating().name(), null, locale) : notAssessed)
			.number("dashboard.count", RatingLine::count)
			.number("dashboard.share", RatingLine::share);
		return TableExport.of("dashboard.ratings", columns, () -> {
			Figures whole = this.queries.figures(scope).whole();
			List<RatingLine> lines = new ArrayList<>();
			for (Rating rating : Rating.values()) {
				lines.add(new RatingLine(rating, whole.rated(rating.name()), whole.ratedShare(rating.name())));
			}
			lines.add(new RatingLine(null, whole.notAssessed(), whole.notAssessedShare()));
			return lines.stream();
		});
	}

	/**
	 * The ranking's establishments with a column per domain, read at once (one query).
	 */
	private TableExport<HeatMapRow> heatMap(Scope scope, Pageable ranking, Locale locale) {
		ExportColumns<HeatMapRow> columns = establishment(HeatMapRow::ranking, locale);
		for (HeatMap.Domain domain : this.queries.heatMapDomains(scope)) {
			columns = columns.number("dashboard.export.domain", List.of(domain.code(), domain.title(locale)),
					(row) -> row.scores().get(domain.code()));
		}
		Pageable safe = RankingSort.safe(ranking);
		return TableExport.of("dashboard.heatmap.title", columns,
				() -> this.queries.streamHeatMap(scope, safe, locale));
	}

	private TableExport<YearTrend> trends(Scope scope) {
		ExportColumns<YearTrend> columns = ExportColumns.<YearTrend>of()
			.number("dashboard.year", YearTrend::year)
			.number("dashboard.establishments", YearTrend::establishments)
			.number("dashboard.medianScore", YearTrend::medianScoreShown)
			.number("Rating.A", YearTrend::ratedA)
			.number("Rating.B", YearTrend::ratedB)
			.number("Rating.C", YearTrend::ratedC)
			.number("Rating.D", YearTrend::ratedD);
		return TableExport.of("dashboard.export.trends", columns, () -> this.queries.trends(scope).stream());
	}

	/**
	 * A line of the beneficiary breakdown, with its labels.
	 *
	 * @param breakdown by age group, by disability, or the total
	 */
	private record BreakdownLine(String breakdown, String group, BeneficiaryFigures.Line counts) {
	}

	private TableExport<BreakdownLine> beneficiaries(Scope scope, Locale locale) {
		String suppressed = this.messages.getMessage("dashboard.suppressed", null, locale);
		Function<SmallCount, Object> count = (c) -> c.suppressed() ? suppressed : c.value();
		ExportColumns<BreakdownLine> columns = ExportColumns.<BreakdownLine>of()
			.text("dashboard.export.breakdown", BreakdownLine::breakdown)
			.text("dashboard.export.group", BreakdownLine::group)
			.numberOrText("dashboard.women", (line) -> count.apply(line.counts().women()))
			.numberOrText("dashboard.men", (line) -> count.apply(line.counts().men()))
			.numberOrText("dashboard.all", (line) -> count.apply(line.counts().all()));
		return TableExport.of("dashboard.export.beneficiaries", columns, () -> {
			BeneficiaryFigures figures = this.queries.beneficiaries(scope);
			String byAge = text("dashboard.ageGroup", locale);
			String byDisability = text("dashboard.disability", locale);
			List<BreakdownLine> lines = new ArrayList<>();
			figures.byAge()
				.forEach((line) -> lines
					.add(new BreakdownLine(byAge, text("dashboard.age." + line.key(), locale), line)));
			figures.byDisability()
				.forEach((line) -> lines
					.add(new BreakdownLine(byDisability, text("dashboard.disability." + line.key(), locale), line)));
			String total = text("dashboard.total", locale);
			lines.add(new BreakdownLine(total, total, figures.total()));
			return lines.stream();
		});
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static String regionName(Map<String, RegionRef> regions, String code, Locale locale) {
		RegionRef region = regions.get(code);
		return (region != null) ? region.name(locale) : code;
	}

}
