package org.socle.shared.web;

import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Links to the current page with one query parameter changed, keeping the others
 * (filters, sort): used by templates as {@code @urls.with('page', 2)}.
 */
@Component("urls")
public class Urls {

	public String with(String name, Object value) {
		return current().replaceQueryParam(name, value).build().toUriString();
	}

	/**
	 * As {@link #with(String, Object)}, back to the first page ({@code page} dropped):
	 * for links that change what the list holds or its order (a filter, the sort).
	 */
	public String withFirstPage(String name, Object value) {
		return current().replaceQueryParam(name, value).replaceQueryParam("page").build().toUriString();
	}

	/**
	 * {@code text} encoded for a URL fragment ({@code #…}): a redirect's Location header
	 * never carries raw input (a line break there is a server error).
	 */
	public static String fragment(String text) {
		return UriUtils.encodeFragment(text, StandardCharsets.UTF_8);
	}

	private static UriComponentsBuilder current() {
		UriComponents current = ServletUriComponentsBuilder.fromCurrentRequest().build();
		return UriComponentsBuilder.fromPath(current.getPath()).query(current.getQuery());
	}

}
