package org.socle.establishment.registry;

import org.socle.shared.web.Urls;

import org.springframework.stereotype.Component;

/**
 * Column-header links of sortable lists: the current page's filters kept, back to the
 * first page, ascending unless the list is already sorted ascending on that column. Used
 * in templates as {@code th:with="href=${@listLinks.sort(sort, 'nameFr')}"}.
 */
@Component("listLinks")
class ListLinks {

	private final Urls urls;

	ListLinks(Urls urls) {
		this.urls = urls;
	}

	public String sort(String currentSort, String property) {
		String direction = (property + ",asc").equals(currentSort) ? "desc" : "asc";
		return this.urls.withFirstPage("sort", property + "," + direction);
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
