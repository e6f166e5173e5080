package org.socle.shared.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the current page with one query parameter changed, keeping the others
 * (filters, sort): used by templates as {@code @urls.with('page', 2)}.
 */
@Component("urls")
public class Urls {

	public String with(String name, Object value) {
		UriComponents current = ServletUriComponentsBuilder.fromCurrentRequest().build();
		return UriComponentsBuilder.fromPath(current.getPath())
			.query(current.getQuery())
			.replaceQueryParam(name, value)
			.build()
			.toUriString();
	}

}
