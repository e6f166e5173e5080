package org.socle.shared.web;

import java.util.List;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The {@code page}, {@code size} and {@code sort} parameters of a list, made safe before
 * they reach a query: they come from the URL, so anyone can type {@code size=100000} or
 * {@code sort=passwordHash}.
 *
 * <pre class="code">
 * static final Set&lt;String&gt; SORTABLE = Set.of("username", "role");
 *
 * Page&lt;UserRow&gt; list(Pageable pageable) {
 *     return users.findRows(Paging.safe(pageable, Paging.MAX_PAGE_SIZE, SORTABLE,
 *             Sort.by(Sort.Order.asc("username").ignoreCase())));
 * }
 * </pre>
 */
public final class Paging {

	/** The largest page a list shows unless it has a reason to differ. */
	public static final int MAX_PAGE_SIZE = 100;

	/** The last sort order of every safe page, so that pages never overlap. */
	public static final String TIE_BREAKER = "id";

	private Paging() {
	}

	/**
	 * The request's page with a known sort and a bounded size:
	 * <ul>
	 * <li>page number at least 0 and small enough for its first row to be addressable
	 * ({@code page=99999999999} shows an empty last page instead of failing), size
	 * between 1 and {@code maxSize};</li>
	 * <li>the requested orders on properties in {@code sortable}, in the requested
	 * direction; the others are dropped. A property that {@code fallback} sorts ignoring
	 * case is sorted ignoring case whichever direction is asked;</li>
	 * <li>{@code fallback} when no requested order is left;</li>
	 * <li>then {@value #TIE_BREAKER} ascending (unless already sorted on), so the queried
	 * type needs an {@code id} property.</li>
	 * </ul>
	 * @param pageable what the request asked for (e.g. from {@code @PageableDefault})
	 * @param maxSize the largest page size allowed
	 * @param sortable the properties the user may sort on (empty: only {@code fallback})
	 * @param fallback the order when the request names no sortable property
	 * @return a {@link PageRequest} safe to pass to a repository
	 */
	public static Pageable safe(Pageable pageable, int maxSize, Set<String> sortable, Sort fallback) {
		List<Sort.Order> orders = pageable.getSort()
			.stream()
			.filter((order) -> sortable.contains(order.getProperty()))
			.map((order) -> {
				Sort.Order declared = fallback.getOrderFor(order.getProperty());
				return (declared != null && declared.isIgnoreCase()) ? order.ignoreCase() : order;
			})
			.toList();
		Sort sort = orders.isEmpty() ? fallback : Sort.by(orders);
		if (sort.getOrderFor(TIE_BREAKER) == null) {
			sort = sort.and(Sort.by(TIE_BREAKER));
		}
		int size = size(pageable, maxSize);
		return PageRequest.of(page(pageable, size), size, sort);
	}

	/**
	 * The request's page number (clamped as by {@link #safe}) and size (between 1 and
	 * {@code maxSize}), without any sort: for queries whose order is fixed in SQL. Every
	 * requested sort is dropped, so {@code sort=(select 1)} cannot reach the query.
	 */
	public static Pageable unsorted(Pageable pageable, int maxSize) {
		int size = size(pageable, maxSize);
		return PageRequest.of(page(pageable, size), size);
	}

	/** At least 0, and at most the last page whose offset fits an {@code int}. */
	private static int page(Pageable pageable, int size) {
		return pageable.isPaged() ? Math.min(Math.max(pageable.getPageNumber(), 0), Integer.MAX_VALUE / size - 1) : 0;
	}

	private static int size(Pageable pageable, int maxSize) {
		return pageable.isPaged() ? Math.min(Math.max(pageable.getPageSize(), 1), maxSize) : maxSize;
	}

}
