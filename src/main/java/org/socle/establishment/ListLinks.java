package org.socle.establishment;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Column-header links of sortable lists: the current page's filters kept, back to the
 * first page, ascending unless the list is already sorted ascending on that column. Used
 * in templates as {@code th:with="href=${@listLinks.sort(sort, 'nameFr')}"}.
 */
@Component("listLinks")
class ListLinks {

	public String sort(String currentSort, String property) {
		String direction = (property + ",asc").equals(currentSort) ? "desc" : "asc";
		UriComponents current = ServletUriComponentsBuilder.fromCurrentRequest().build();
		return UriComponentsBuilder.fromPath(current.getPath())
			.query(current.getQuery())
			.replaceQueryParam("sort", property + "," + direction)
			.replaceQueryParam("page")
			.build()
			.toUriString();
	}

	/**
	 * "asc", "desc" or null: whether the list is sorted on that column, for the arrow.
	 */
	public String direction(String currentSort, String property) {
		if (currentSort == null || !currentSort.startsWith(property + ",")) {
			return null;
		}
		return currentSort.substring(property.length() + 1);
	}

}
