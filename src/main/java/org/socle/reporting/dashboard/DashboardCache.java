package org.socle.reporting.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.socle.organisation.OrganisationRef;
import org.socle.reference.ProvinceRef;
import org.socle.shared.jdbc.DataVersion;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The dashboard's computed panels, kept by each node under the version of the data they
 * were computed from. Computing them live costs three scans of the stays per request
 * (about 0.5 s of CPU at national scale: docs/performance.md, "The national dashboard at
 * L"), for figures that change only when a record they count does.
 * <p>
 * The version ({@link DataVersion}) is a number in PostgreSQL that the writer's own
 * transaction bumps at commit (V107's triggers on every table the panels read), so a
 * change written by any node is seen by every node's next request: there is no
 * invalidation message to lose. The version is read first, in the caller's read-only
 * transaction; the panels, read after it, are at least as new as it says (never older),
 * so an entry never shows data older than its key. Entries of older versions are never
 * read again and are evicted by size.
 */
@Component
class DashboardCache {

	private final DataVersion version;

	/** The filters' choices: they depend on no filter. */
	private final Cache<Long, Choices> choices = Caffeine.newBuilder().maximumSize(4).build();

	private final Cache<ScopeKey, Panels> panels = Caffeine.newBuilder().maximumSize(200).build();

	private final Cache<RankingKey, Ranking> rankings = Caffeine.newBuilder().maximumSize(400).build();

	DashboardCache(DataVersion version) {
		this.version = version;
	}

	/** The current version of the dashboard's data: one statement. */
	long version() {
		return this.version.read();
	}

	Choices choices(long version, Supplier<Choices> compute) {
		return this.choices.get(version, (key) -> compute.get());
	}

	Panels panels(long version, Scope scope, Supplier<Panels> compute) {
		return this.panels.get(new ScopeKey(version, scope), (key) -> compute.get());
	}

	/** Names sort in the language shown, so the language is part of the key. */
	Ranking ranking(long version, Scope scope, Pageable safe, Locale locale, Supplier<Ranking> compute) {
		return this.rankings.get(new RankingKey(version, scope, safe, locale.getLanguage()), (key) -> compute.get());
	}

	/** Every province and every active organisation. */
	record Choices(List<ProvinceRef> provinces, List<OrganisationRef> organisations) {
	}

	/** The panels of a whole scope. */
	record Panels(DashboardQueries.FigureSet figures, List<YearTrend> trends, BeneficiaryFigures beneficiaries,
			List<PlannedVisitMarker> visits) {
	}

	/** A page of the ranking with its heat-map. */
	record Ranking(Page<RankingRow> page, HeatMap heatMap) {
	}

	private record ScopeKey(long version, Scope scope) {
	}

	private record RankingKey(long version, Scope scope, Pageable page, String language) {
	}

}
