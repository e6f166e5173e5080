package org.socle.reporting.dashboard;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.socle.shared.web.Paging;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The ranking's sortable columns, each with the SQL it sorts on: only these reach the
 * query (the sort comes from the URL). Establishments without a value (not assessed, no
 * capacity) come last either way; never validated counts as validated longest ago.
 */
final class RankingSort {

	static final String DEFAULT = "score";

	private static final Map<String, String> COLUMNS = Map.of("name", "lower(e.name_fr)", "score", "x.score", "rating",
			"x.rating", "region", "e.region_code", "category", "e.category", "organisation", "lower(o.name)",
			"validated", "coalesce(x.validated_at, '-infinity')", "occupancy",
			"x.active::numeric / nullif(x.capacity, 0)", "overdue", "x.overdue", Paging.TIE_BREAKER, "e.id");

	private RankingSort() {
	}

	/**
	 * The request's page, its sort reduced to the known columns (score descending by
	 * default).
	 */
	static Pageable safe(Pageable pageable) {
		return Paging.safe(pageable, Paging.MAX_PAGE_SIZE, COLUMNS.keySet(), Sort.by(Sort.Order.desc(DEFAULT)));
	}

	/**
	 * The ORDER BY clause of a {@link #safe} page; names sort in the language they are
	 * shown in.
	 */
	static String orderBy(Pageable safe, Locale locale) {
		return safe.getSort().stream().map((order) -> {
			String column = COLUMNS.get(order.getProperty());
			if (column == null) {
				throw new IllegalArgumentException("not a sortable column: " + order.getProperty());
			}
			if ("name".equals(order.getProperty()) && "ar".equals(locale.getLanguage())) {
				column = "e.name_ar";
			}
			return column + (order.isAscending() ? " ASC" : " DESC") + " NULLS LAST";
		}).collect(Collectors.joining(", "));
	}

	/** "property,direction" of the first order, for the column headers' links. */
	static String current(Pageable safe) {
		Sort.Order order = safe.getSort().iterator().next();
		return order.getProperty() + "," + order.getDirection().name().toLowerCase(Locale.ROOT);
	}

}
