package org.socle.api.v1.support;

import java.util.ArrayList;
import java.util.List;

import org.socle.api.v1.support.ApiPage.Links;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Lists as the API answers them: the {@link ApiPage} envelope, and the same links in an
 * RFC 8288 {@code Link} header, each the current request with another {@code page}.
 */
public final class ApiPages {

	private ApiPages() {
	}

	/** A page read in SQL. */
	public static <T> ResponseEntity<ApiPage<T>> ok(Page<T> page) {
		int size = page.getSize();
		int last = Math.max(page.getTotalPages() - 1, 0);
		Links links = new Links(link(page.getNumber(), size), page.hasNext() ? link(page.getNumber() + 1, size) : null,
				page.hasPrevious() ? link(Math.min(page.getNumber() - 1, last), size) : null, link(0, size),
				link(last, size));
		ApiPage<T> body = new ApiPage<>(page.getContent(), page.getNumber(), size, page.getTotalElements(),
				page.getTotalPages(), links);
		return ResponseEntity.ok().header(HttpHeaders.LINK, linkHeader(links)).body(body);
	}

	/** A short reference list (regions, standards) as one page holding all of it. */
	public static <T> ResponseEntity<ApiPage<T>> all(List<T> items) {
		return ok(new PageImpl<>(items));
	}

	private static String link(int page, int size) {
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("page", page)
			.replaceQueryParam("size", size)
			.build()
			.toUriString();
	}

	private static String linkHeader(Links links) {
		List<String> values = new ArrayList<>();
		add(values, links.self(), "self");
		add(values, links.next(), "next");
		add(values, links.prev(), "prev");
		add(values, links.first(), "first");
		add(values, links.last(), "last");
		return String.join(", ", values);
	}

	private static void add(List<String> values, String link, String rel) {
		if (link != null) {
			values.add("<" + link + ">; rel=\"" + rel + "\"");
		}
	}

}
