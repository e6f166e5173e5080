package org.socle.beneficiary.export;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.socle.beneficiary.AccessAction;
import org.socle.beneficiary.privacy.AccessLog;
import org.socle.beneficiary.register.BeneficiaryListItem;
import org.socle.beneficiary.register.BeneficiaryRepository;
import org.socle.beneficiary.register.BeneficiaryService;
import org.socle.establishment.EstablishmentAccess;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An establishment's list as CSV, pseudonymised for auditors and admins, every exported
 * record written to the access log. A cell starting with = + - @ or a control character
 * is prefixed with a quote so that a spreadsheet never runs it as a formula.
 */
@Service
@Transactional
public class ListExport {

	private final BeneficiaryService beneficiaries;

	private final BeneficiaryRepository repository;

	private final EstablishmentAccess establishments;

	private final AccessLog accessLog;

	private final MessageSource messages;

	private final Clock clock;

	ListExport(BeneficiaryService beneficiaries, BeneficiaryRepository repository, EstablishmentAccess establishments,
			AccessLog accessLog, MessageSource messages, Clock clock) {
		this.beneficiaries = beneficiaries;
		this.repository = repository;
		this.establishments = establishments;
		this.accessLog = accessLog;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The establishment's list (ACTIVE, DISCHARGED or ALL) as CSV, UTF-8 with a
	 * byte-order mark and semicolons; every exported record is written to the access log.
	 */
	byte[] listCsv(long establishmentId, String status) {
		this.establishments.requireReadable(establishmentId);
		boolean full = BeneficiaryService.fullAccess();
		Locale locale = LocaleContextHolder.getLocale();
		List<BeneficiaryListItem> items = this.beneficiaries.list(establishmentId, status, null, Pageable.unpaged())
			.getContent();
		StringBuilder csv = new StringBuilder("\uFEFF");
		List<String> header = full
				? List.of("id", "last_name", "first_name", "name_ar", "sex", "age", "category", "admission_date",
						"discharge_date", "discharge_reason", "legal_basis_reference")
				: List.of("pseudonym", "sex", "age", "category", "admission_date", "discharge_date",
						"discharge_reason");
		csv.append(String.join(";", header)).append("\r\n");
		Map<Long, Long> logged = new LinkedHashMap<>();
		Map<Long, String[]> names = full ? names(items) : Map.of();
		for (BeneficiaryListItem item : items) {
			List<String> cells = new ArrayList<>();
			if (full) {
				String[] name = names.get(item.id());
				cells.add(String.valueOf(item.id()));
				cells.add(name[0]);
				cells.add(name[1]);
				cells.add(item.nameAr());
			}
			else {
				cells.add(item.pseudonym());
			}
			cells.add(item.sex().name());
			cells.add(String.valueOf(item.age()));
			cells.add(this.messages.getMessage("BeneficiaryCategory." + item.category(), null, locale));
			cells.add(item.admissionDate().toString());
			cells.add(Objects.toString(item.dischargeDate(), ""));
			cells.add((item.dischargeReason() != null) ? item.dischargeReason().name() : "");
			if (full) {
				cells.add(item.legalBasisReference());
			}
			csv.append(String.join(";", cells.stream().map(ListExport::csvCell).toList())).append("\r\n");
			logged.put(item.id(), establishmentId);
		}
		if (!logged.isEmpty()) {
			this.accessLog.recordAll(logged, AccessAction.EXPORT_LIST, "csv " + LocalDate.now(this.clock));
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private Map<Long, String[]> names(List<BeneficiaryListItem> items) {
		Map<Long, String[]> names = new LinkedHashMap<>();
		this.repository.findByIdIn(items.stream().map(BeneficiaryListItem::id).toList())
			.forEach(b -> names.put(b.getId(), new String[] { b.getLastName(), b.getFirstName() }));
		return names;
	}

	/**
	 * A CSV cell: quoted when needed, and prefixed with a quote when it starts like a
	 * formula (= + - @, tab or carriage return), so that it is shown as text.
	 */
	public static String csvCell(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String text = value;
		char first = text.charAt(0);
		if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
			text = "'" + text;
		}
		if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			text = "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
