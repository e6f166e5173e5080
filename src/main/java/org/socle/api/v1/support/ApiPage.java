package org.socle.api.v1.support;

import java.util.List;

/**
 * The envelope of every list of the API: one page of items, where it sits and the links
 * to its neighbours (also sent in the {@code Link} header).
 *
 * @param page the page number, from 0
 * @param size the page size after clamping
 * @param totalItems items on every page together
 */
public record ApiPage<T>(List<T> items, int page, int size, long totalItems, int totalPages, Links links) {

	public ApiPage {
		items = List.copyOf(items);
	}

	/**
	 * Absolute links with the request's filters; {@code next} and {@code prev} null at
	 * the ends.
	 */
	public record Links(String self, String next, String prev, String first, String last) {
	}

}
