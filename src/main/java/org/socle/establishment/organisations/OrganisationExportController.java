package org.socle.establishment.organisations;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.socle.reference.ReferenceDataService;
import org.socle.reference.RegionRef;
import org.socle.shared.NotFoundException;
import org.socle.shared.export.ExportColumns;
import org.socle.shared.export.ExportFormat;
import org.socle.shared.export.TableExport;
import org.socle.shared.export.TableExports;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The organisations list as CSV or XLSX ({@code /organisations/export.csv?q=amal}): every
 * line the list would show with the same search, all pages; a manager's holds their own
 * organisation only.
 */
@Controller
@RequestMapping("/organisations")
class OrganisationExportController {

	private final OrganisationRegistry registry;

	private final ReferenceDataService reference;

	private final TableExports exports;

	OrganisationExportController(OrganisationRegistry registry, ReferenceDataService reference, TableExports exports) {
		this.registry = registry;
		this.reference = reference;
		this.exports = exports;
	}

	@GetMapping("/export.{extension}")
	void export(@PathVariable String extension, @RequestParam(required = false) String q, HttpServletResponse response)
			throws IOException {
		ExportFormat format = ExportFormat.ofExtension(extension)
			.orElseThrow(() -> new NotFoundException("Export format", extension));
		this.exports.download(TableExport.of("organisation.list.title", columns(LocaleContextHolder.getLocale()),
				this.registry.exportRows(q)), format, response);
	}

	private ExportColumns<OrganisationListItem> columns(Locale locale) {
		Map<String, RegionRef> regions = this.reference.regionsByCode();
		return ExportColumns.<OrganisationListItem>of()
			.number("export.table.id", (item) -> item.organisation().id())
			.text("organisation.name", (item) -> item.organisation().name())
			.label("organisation.legalForm", (item) -> item.organisation().legalForm())
			.text("organisation.region", (item) -> regionName(regions, item.organisation().regionCode(), locale))
			.number("organisation.establishments", OrganisationListItem::establishments)
			.yesNo("organisation.active", (item) -> item.organisation().active());
	}

	private static String regionName(Map<String, RegionRef> regions, String code, Locale locale) {
		RegionRef region = (code != null) ? regions.get(code) : null;
		return (region != null) ? region.name(locale) : code;
	}

}
