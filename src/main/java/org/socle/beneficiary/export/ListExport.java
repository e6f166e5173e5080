package org.socle.beneficiary.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.socle.beneficiary.AccessAction;
import org.socle.beneficiary.privacy.AccessLog;
import org.socle.beneficiary.register.BeneficiaryListItem;
import org.socle.beneficiary.register.BeneficiaryService;
import org.socle.shared.export.ExportColumns;
import org.socle.shared.export.ExportFormat;
import org.socle.shared.export.TableExport;

import org.springframework.stereotype.Component;

/**
 * An establishment's beneficiary list as CSV or XLSX, with the list's filters: names for
 * the organisation's manager; for auditors and admins the pseudonym alone (neither names
 * nor initials, nor the legal-basis reference), as the list pseudonymises them. Each
 * exported person is written to the access log ({@code EXPORT_LIST}) as their batch is
 * written.
 */
@Component
class ListExport {

	/**
	 * What every reader gets, after the person's name or pseudonym; {@code person} reads
	 * the person in a line.
	 */
	static <R> ExportColumns<R> stay(ExportColumns<R> columns, Function<R, BeneficiaryListItem> person) {
		return columns.label("beneficiary.sex", person.andThen(BeneficiaryListItem::sex))
			.number("beneficiary.age", person.andThen(BeneficiaryListItem::age))
			.label("beneficiary.category", person.andThen(BeneficiaryListItem::category))
			.date("beneficiary.admissionDate", person.andThen(BeneficiaryListItem::admissionDate))
			.date("beneficiary.dischargeDate", person.andThen(BeneficiaryListItem::dischargeDate))
			.label("beneficiary.dischargeReason", person.andThen(BeneficiaryListItem::dischargeReason))
			.yesNo("beneficiary.overCapacity.flag", person.andThen(BeneficiaryListItem::overCapacity));
	}

	static final ExportColumns<BeneficiaryListItem> MANAGER_COLUMNS = stay(ExportColumns.<BeneficiaryListItem>of()
		.number("export.table.id", BeneficiaryListItem::id)
		.text("beneficiary.name", BeneficiaryListItem::name)
		.text("beneficiary.export.nameAr", BeneficiaryListItem::nameAr), Function.identity())
		.text("beneficiary.legalBasisReference", BeneficiaryListItem::legalBasisReference)
		.yesNo("beneficiary.anonymised", BeneficiaryListItem::anonymised);

	static final ExportColumns<BeneficiaryListItem> PSEUDONYMISED_COLUMNS = stay(
			ExportColumns.<BeneficiaryListItem>of().text("beneficiary.pseudonym", BeneficiaryListItem::pseudonym),
			Function.identity());

	private final BeneficiaryService beneficiaries;

	private final AccessLog accessLog;

	ListExport(BeneficiaryService beneficiaries, AccessLog accessLog) {
		this.beneficiaries = beneficiaries;
		this.accessLog = accessLog;
	}

	/**
	 * The list of the establishment with these filters (those the page takes: status, and
	 * the search for managers).
	 * @throws org.socle.shared.NotFoundException when the user may not read the
	 * establishment
	 */
	TableExport<BeneficiaryListItem> export(long establishmentId, String status, String q, ExportFormat format) {
		ExportColumns<BeneficiaryListItem> columns = BeneficiaryService.fullAccess() ? MANAGER_COLUMNS
				: PSEUDONYMISED_COLUMNS;
		return TableExport
			.of("beneficiary.list.title", columns, this.beneficiaries.exportList(establishmentId, status, q))
			.audited((rows) -> {
				Map<Long, Long> exported = new LinkedHashMap<>();
				rows.forEach((row) -> exported.put(row.id(), establishmentId));
				this.accessLog.recordAll(exported, AccessAction.EXPORT_LIST, format.extension());
			});
	}

}
