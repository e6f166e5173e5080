package org.socle.shared.export;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The export links of the list being shown: every list exports at
 * {@code <its path>/export.csv} and {@code .xlsx}, with the current query (filters, sort)
 * but neither {@code page} nor {@code size}, as an export holds every page. Templates
 * include {@code fragments/export :: links}, inside the part htmx swaps when a filter
 * changes, so the links follow the filters.
 */
@Component("exportLinks")
public class ExportLinks {

	public String href(String extension) {
		UriComponents current = ServletUriComponentsBuilder.fromCurrentRequest().build();
		String path = (current.getPath() != null) ? current.getPath().replaceAll("/+$", "") : "";
		return UriComponentsBuilder.fromPath(path + "/export." + extension)
			.query(current.getQuery())
			.replaceQueryParam("page")
			.replaceQueryParam("size")
			.build()
			.toUriString();
	}

}
