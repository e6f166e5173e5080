package org.socle.care.services;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.socle.shared.NotFoundException;
import org.socle.shared.export.ExportColumns;
import org.socle.shared.export.ExportFormat;
import org.socle.shared.export.TableExport;
import org.socle.shared.export.TableExports;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An establishment's services as CSV or XLSX
 * ({@code /establishments/7/services/export.csv?type=3}): every line of the list with its
 * type filter, for whoever may open the list, as they see it (no health services, notes
 * nor names for auditors and admins: pseudonyms). Personal data: each beneficiary of each
 * batch is written to the access log.
 */
@Controller
class ServicesExportController {

	private static ExportColumns<ServiceItem> common() {
		return ExportColumns.<ServiceItem>of()
			.date("care.serviceDate", ServiceItem::serviceDate)
			.text("care.serviceType", ServiceItem::typeName)
			.label("care.services.kind", ServiceItem::kind)
			.text("care.services.beneficiary", ServiceItem::beneficiaryName)
			.text("care.staff", ServiceItem::staffName);
	}

	static final ExportColumns<ServiceItem> MANAGER_COLUMNS = common().text("care.notes", ServiceItem::notes);

	static final ExportColumns<ServiceItem> RESTRICTED_COLUMNS = common();

	private final ServiceRecords services;

	private final TableExports exports;

	ServicesExportController(ServiceRecords services, TableExports exports) {
		this.services = services;
		this.exports = exports;
	}

	@GetMapping("/establishments/{id}/services/export.{extension}")
	void export(@PathVariable long id, @PathVariable String extension, @RequestParam(required = false) Long type,
			HttpServletResponse response) throws IOException {
		ExportFormat format = ExportFormat.ofExtension(extension)
			.orElseThrow(() -> new NotFoundException("Export format", extension));
		TableExport<ServiceItem> export = TableExport
			.of("care.services.title", this.services.isManager() ? MANAGER_COLUMNS : RESTRICTED_COLUMNS,
					this.services.exportServices(id, type))
			.audited((batch) -> this.services.logExport(id, batch, format.extension()));
		this.exports.download(export, format, response);
	}

}
