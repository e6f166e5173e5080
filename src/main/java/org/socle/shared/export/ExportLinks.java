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
 * changes, so the links follow the filters. A page with several tables names each:
 * {@code fragments/export :: links(exportTable='trends')} links to
 * {@code <its path>/trends/export.csv}.
 */
@Component("exportLinks")
public class ExportLinks {

	public String href(String extension) {
		return href(extension, null);
	}

	/** The export of one of the page's tables; {@code table} null for the page's list. */
	public String href(String extension, String table) {
		UriComponents current = ServletUriComponentsBuilder.fromCurrentRequest().build();
		String path = (current.getPath() != null) ? current.getPath().replaceAll("/+$", "") : "";
		String tablePath = (table != null) ? "/" + table : "";
		return UriComponentsBuilder.fromPath(path + tablePath + "/export." + extension)
			.query(current.getQuery())
			.replaceQueryParam("page")
			.replaceQueryParam("size")
			.build()
			.toUriString();
	}

}
