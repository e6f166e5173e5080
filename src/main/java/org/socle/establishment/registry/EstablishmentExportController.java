package org.socle.establishment.registry;

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
import org.springframework.data.domain.Sort;
import org.springframework.data.web.SortDefault;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The establishments list as CSV or XLSX
 * ({@code /establishments/export.csv?region=MA-04}): every line the list would show with
 * the same filters and sort, all pages.
 */
@Controller
@RequestMapping("/establishments")
class EstablishmentExportController {

	private final EstablishmentService establishments;

	private final ReferenceDataService reference;

	private final TableExports exports;

	EstablishmentExportController(EstablishmentService establishments, ReferenceDataService reference,
			TableExports exports) {
		this.establishments = establishments;
		this.reference = reference;
		this.exports = exports;
	}

	/** Filters that do not parse are dropped, as on the list. */
	@GetMapping("/export.{extension}")
	void export(@PathVariable String extension, @ModelAttribute("filter") EstablishmentFilter filter,
			BindingResult ignored, @SortDefault("nameFr") Sort sort, HttpServletResponse response) throws IOException {
		ExportFormat format = ExportFormat.ofExtension(extension)
			.orElseThrow(() -> new NotFoundException("Export format", extension));
		this.exports.download(TableExport.of("establishment.list.title", columns(LocaleContextHolder.getLocale()),
				this.establishments.exportRows(filter, sort)), format, response);
	}

	private ExportColumns<EstablishmentListItem> columns(Locale locale) {
		Map<String, RegionRef> regions = this.reference.regionsByCode();
		return ExportColumns.<EstablishmentListItem>of()
			.number("export.table.id", (item) -> item.row().id())
			.text("establishment.nameFr", (item) -> item.row().nameFr())
			.text("establishment.nameAr", (item) -> item.row().nameAr())
			.label("establishment.column.category", (item) -> item.row().category())
			.text("establishment.column.regionCode", (item) -> regionName(regions, item.row().regionCode(), locale))
			.text("establishment.organisation", EstablishmentListItem::organisationName)
			.number("establishment.column.authorisedCapacity", (item) -> item.row().authorisedCapacity())
			.label("establishment.authorisationStatus", (item) -> item.row().authorisationStatus())
			.date("establishment.column.authorisationExpiry", (item) -> item.row().authorisationExpiry())
			.yesNo("establishment.authorisation.expired", EstablishmentListItem::authorisationExpired)
			.label("establishment.column.status", (item) -> item.row().status());
	}

	private static String regionName(Map<String, RegionRef> regions, String code, Locale locale) {
		RegionRef region = regions.get(code);
		return (region != null) ? region.name(locale) : code;
	}

}
