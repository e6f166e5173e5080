package org.socle.beneficiary.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.socle.beneficiary.AccessAction;
import org.socle.beneficiary.privacy.AccessLog;
import org.socle.beneficiary.register.BeneficiaryService;
import org.socle.beneficiary.register.RegionalListItem;
import org.socle.reference.ReferenceDataService;
import org.socle.shared.export.ExportColumns;
import org.socle.shared.export.ExportFormat;
import org.socle.shared.export.TableExport;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The beneficiaries of every establishment of a region as CSV or XLSX, for auditors and
 * admins: the establishment's name, then exactly what its list shows them (the pseudonym,
 * neither names nor initials, no legal-basis reference, no health data). Each exported
 * person is written to the access log ({@code EXPORT_LIST}, with the region) as their
 * batch is written.
 */
@Component
class RegionalListExport {

	static final ExportColumns<RegionalListItem> COLUMNS = ListExport.stay(ExportColumns.<RegionalListItem>of()
		.text("beneficiary.establishment", RegionalListItem::establishment)
		.text("beneficiary.pseudonym", (line) -> line.person().pseudonym()), RegionalListItem::person);

	private final BeneficiaryService beneficiaries;

	private final ReferenceDataService reference;

	private final AccessLog accessLog;

	RegionalListExport(BeneficiaryService beneficiaries, ReferenceDataService reference, AccessLog accessLog) {
		this.beneficiaries = beneficiaries;
		this.reference = reference;
		this.accessLog = accessLog;
	}

	/**
	 * @param status ACTIVE (the default), DISCHARGED or ALL, as on the lists
	 * @throws ResponseStatusException 400 for a region that does not exist
	 * @throws org.socle.shared.NotAllowedException for a manager
	 */
	TableExport<RegionalListItem> export(String region, String status, ExportFormat format) {
		Supplier<Stream<RegionalListItem>> rows = this.beneficiaries.exportRegion(region, status);
		if (!this.reference.isRegion(region)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown region");
		}
		String details = format.extension() + " " + region;
		return TableExport.of("beneficiary.region.export.title", COLUMNS, rows).audited((lines) -> {
			Map<Long, Long> exported = new LinkedHashMap<>();
			lines.forEach((line) -> exported.putIfAbsent(line.person().id(), line.establishmentId()));
			this.accessLog.recordAll(exported, AccessAction.EXPORT_LIST, details);
		});
	}

}
