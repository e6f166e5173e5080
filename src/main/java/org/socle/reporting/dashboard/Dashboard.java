package org.socle.reporting.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.Map;
import java.util.stream.IntStream;

import org.socle.identity.SocleUser;
import org.socle.organisation.OrganisationRef;
import org.socle.organisation.OrganisationService;
import org.socle.reference.ProvinceRef;
import org.socle.reference.ReferenceDataService;
import org.socle.reference.RegionRef;
import org.socle.shared.NotAllowedException;
import org.socle.shared.jdbc.ReadsFromReplica;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national dashboard, for auditors and administrators: every panel computed from the
 * records for the filters' {@link Scope}, in one read-only transaction, and kept by
 * {@link DashboardCache} until the data it counts changes.
 */
@Service
@Transactional(readOnly = true)
@ReadsFromReplica
class Dashboard {

	/** How many years back the year filter offers. */
	static final int YEARS_OFFERED = 10;

	private final DashboardQueries queries;

	private final ReferenceDataService reference;

	private final OrganisationService organisations;

	private final Clock clock;

	private final DashboardCache cache;

	Dashboard(DashboardQueries queries, ReferenceDataService reference, OrganisationService organisations, Clock clock,
			DashboardCache cache) {
		this.queries = queries;
		this.cache = cache;
		this.reference = reference;
		this.organisations = organisations;
		this.clock = clock;
	}

	/**
	 * The whole ranking for an export, with the dashboard's filters and the ranking's
	 * sort: access and filters checked now, the supplier runs one streamed statement.
	 * @throws NotAllowedException for a manager
	 */
	Supplier<Stream<RankingRow>> exportRanking(DashboardFilter filter, Pageable ranking, Locale locale) {
		Scope scope = exportScope(filter);
		Pageable safe = RankingSort.safe(ranking);
		return () -> this.queries.streamRanking(scope, safe, locale);
	}

	/**
	 * The scope of an export of one of the dashboard's tables, checked now, before
	 * anything is sent.
	 * @throws NotAllowedException for a manager
	 */
	Scope exportScope(DashboardFilter filter) {
		requireDashboardReader();
		return scope(filter, this.reference.provinces());
	}

	private static void requireDashboardReader() {
		SocleUser user = SocleUser.current();
		if (!user.isAuditor() && !user.isAdmin()) {
			throw new NotAllowedException(user + " may not open the national dashboard");
		}
	}

	/**
	 * @param filter as bound from the URL; values that mean nothing are dropped from it
	 * @param ranking the ranking's page and sort as requested
	 * @throws NotAllowedException for a manager
	 */
	Data show(DashboardFilter filter, Pageable ranking, Locale locale) {
		requireDashboardReader();
		long version = this.cache.version();
		DashboardCache.Choices choices = this.cache.choices(version,
				() -> new DashboardCache.Choices(this.reference.provinces(), this.organisations.listActive()));
		Scope scope = scope(filter, choices.provinces());
		Pageable safe = RankingSort.safe(ranking);
		DashboardCache.Panels panels = this.cache.panels(version, scope,
				() -> new DashboardCache.Panels(this.queries.figures(scope), this.queries.trends(scope),
						this.queries.beneficiaries(scope), this.queries.plannedVisits(scope)));
		DashboardCache.Ranking ranked = this.cache.ranking(version, scope, safe, locale,
				() -> ranking(scope, safe, locale));
		return new Data(version, scope, panels.figures(), ranked.page(), RankingSort.current(safe), ranked.heatMap(),
				panels.trends(), panels.beneficiaries(), panels.visits(),
				new Options(this.reference.regionsByCode(),
						choices.provinces()
							.stream()
							.filter((p) -> filter.getRegion() == null || p.regionCode().equals(filter.getRegion()))
							.toList(),
						choices.organisations(), years()));
	}

	private DashboardCache.Ranking ranking(Scope scope, Pageable safe, Locale locale) {
		Page<RankingRow> page = this.queries.ranking(scope, safe, locale);
		List<Long> assessed = page.stream().map(RankingRow::assessmentId).filter((id) -> id != null).toList();
		return new DashboardCache.Ranking(page, this.queries.heatMap(assessed));
	}

	/**
	 * The scope of the filters, after dropping an unknown region, a province outside the
	 * chosen region and a year outside those offered. The reference date is the end of
	 * the chosen year, or today for the current year and by default.
	 */
	private Scope scope(DashboardFilter filter, List<ProvinceRef> provinces) {
		LocalDate today = LocalDate.now(this.clock);
		if (filter.getRegion() != null && !this.reference.isRegion(filter.getRegion())) {
			filter.setRegion(null);
		}
		if (filter.getProvince() != null && provinces.stream()
			.noneMatch((p) -> p.id() == filter.getProvince()
					&& (filter.getRegion() == null || p.regionCode().equals(filter.getRegion())))) {
			filter.setProvince(null);
		}
		if (filter.getYear() != null && !years().contains(filter.getYear())) {
			filter.setYear(null);
		}
		LocalDate referenceDate = (filter.getYear() == null || filter.getYear() == today.getYear()) ? today
				: LocalDate.of(filter.getYear(), 12, 31);
		return new Scope(filter.getRegion(), filter.getProvince(), filter.getCategory(), filter.getOrganisation(),
				referenceDate, this.clock.getZone());
	}

	private List<Integer> years() {
		int current = LocalDate.now(this.clock).getYear();
		return IntStream.range(0, YEARS_OFFERED).mapToObj((back) -> current - back).toList();
	}

	/**
	 * Everything the page shows, before presentation (map and charts).
	 *
	 * @param version the version of the data it was read from
	 */
	record Data(long version, Scope scope, DashboardQueries.FigureSet figures, Page<RankingRow> ranking, String sort,
			HeatMap heatMap, List<YearTrend> trends, BeneficiaryFigures beneficiaries, List<PlannedVisitMarker> visits,
			Options options) {
	}

	/**
	 * The filters' choices.
	 *
	 * @param regions by code, in code order
	 * @param provinces those of the chosen region, or all
	 */
	record Options(Map<String, RegionRef> regions, List<ProvinceRef> provinces, List<OrganisationRef> organisations,
			List<Integer> years) {
	}

}
