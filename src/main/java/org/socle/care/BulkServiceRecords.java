package org.socle.care;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.socle.beneficiary.AccessAction;
import org.socle.beneficiary.BeneficiaryAccess;
import org.socle.beneficiary.StayPeriod;
import org.socle.care.RejectedServiceRecords.Problem;
import org.socle.care.services.CareRecord;
import org.socle.care.services.CareRecordRepository;
import org.socle.care.types.ServiceTypeCatalogue;
import org.socle.care.types.ServiceTypeOption;
import org.socle.establishment.EstablishmentAccess;
import org.socle.shared.CleanText;
import org.socle.shared.NotAllowedException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records many services at once for an establishment, as its manager does on the services
 * page, but by the beneficiaries' pseudonymous references (an establishment's own tool
 * knows no internal id): all or nothing, in the caller's transaction. Text is checked as
 * forms check it: normalised to NFC, refused with a control character. Every beneficiary
 * touched goes to the access log.
 */
@Service
@Transactional
public class BulkServiceRecords {

	/** The most records one call takes. */
	public static final int MAX_RECORDS = 1000;

	/** The longest notes, as on the services page. */
	public static final int MAX_NOTES = 1000;

	private static final String CONTROL_CHARACTER = "care.controlCharacter";

	private final EstablishmentAccess establishments;

	private final BeneficiaryAccess beneficiaries;

	private final ServiceTypeCatalogue types;

	private final CareRecordRepository records;

	private final Clock clock;

	BulkServiceRecords(EstablishmentAccess establishments, BeneficiaryAccess beneficiaries, ServiceTypeCatalogue types,
			CareRecordRepository records, Clock clock) {
		this.establishments = establishments;
		this.beneficiaries = beneficiaries;
		this.types = types;
		this.records = records;
		this.clock = clock;
	}

	/**
	 * Checks access first (only the establishment's manager records services), then every
	 * record, then writes them all.
	 * @param logDetails what the access log says of each beneficiary's new records
	 * @return the ids of the new service records, in the order given
	 * @throws org.socle.shared.NotFoundException when the current user may not read the
	 * establishment
	 * @throws NotAllowedException when they may not record services for it
	 * @throws RejectedServiceRecords when any record is invalid (nothing is written)
	 * @throws IllegalArgumentException for more than {@value #MAX_RECORDS} records
	 */
	public List<Long> recordAll(long establishmentId, List<NewServiceRecord> services, String logDetails) {
		this.establishments.requireEditable(establishmentId);
		if (!this.beneficiaries.fullAccess()) {
			throw new NotAllowedException("Only managers record services");
		}
		if (services.size() > MAX_RECORDS) {
			throw new IllegalArgumentException("More than " + MAX_RECORDS + " records");
		}
		Map<String, Long> typeIds = this.types.types(true)
			.stream()
			.collect(Collectors.toMap(ServiceTypeOption::code, ServiceTypeOption::id));
		Map<String, List<StayPeriod>> stays = stays(establishmentId, services);
		LocalDate today = LocalDate.now(this.clock);
		List<Problem> problems = new ArrayList<>();
		List<CareRecord> created = new ArrayList<>();
		Set<Long> touched = new LinkedHashSet<>();
		for (int row = 0; row < services.size(); row++) {
			if (services.get(row) == null) {
				problems.add(new Problem(row, "record", "NotNull"));
				continue;
			}
			NewServiceRecord service = services.get(row).normalised();
			int problemsBefore = problems.size();
			check(problems, row, "beneficiary", hasControlCharacter(service.beneficiary()), CONTROL_CHARACTER);
			check(problems, row, "serviceType", hasControlCharacter(service.serviceType()), CONTROL_CHARACTER);
			check(problems, row, "notes", hasControlCharacter(service.notes()), CONTROL_CHARACTER);
			Long typeId = (service.serviceType() != null) ? typeIds.get(service.serviceType()) : null;
			check(problems, row, "serviceType", service.serviceType() == null, "NotNull");
			check(problems, row, "serviceType", service.serviceType() != null && typeId == null, "care.unknownType");
			check(problems, row, "date", service.date() == null, "NotNull");
			check(problems, row, "date", service.date() != null && service.date().isAfter(today), "care.futureDate");
			check(problems, row, "notes", service.notes() != null && service.notes().length() > MAX_NOTES,
					"care.notesTooLong");
			check(problems, row, "beneficiary", service.beneficiary() == null, "NotNull");
			Long beneficiaryId = present(stays, service);
			check(problems, row, "beneficiary",
					service.beneficiary() != null && service.date() != null && beneficiaryId == null,
					"care.notPresent");
			if (problems.size() == problemsBefore) {
				created
					.add(new CareRecord(beneficiaryId, establishmentId, typeId, service.date(), null, service.notes()));
				touched.add(beneficiaryId);
			}
		}
		if (!problems.isEmpty()) {
			throw new RejectedServiceRecords(problems);
		}
		List<Long> ids = this.records.saveAll(created).stream().map(CareRecord::getId).toList();
		this.beneficiaries.logAll(establishmentId, touched, AccessAction.CREATE, logDetails);
		return ids;
	}

	/**
	 * The stays in the establishment over the records' dates, by pseudonym: one
	 * statement.
	 */
	private Map<String, List<StayPeriod>> stays(long establishmentId, List<NewServiceRecord> services) {
		List<LocalDate> dates = services.stream()
			.filter(Objects::nonNull)
			.map(NewServiceRecord::date)
			.filter(Objects::nonNull)
			.toList();
		if (dates.isEmpty()) {
			return Map.of();
		}
		return this.beneficiaries.staysByPseudonym(establishmentId, dates.stream().min(Comparator.naturalOrder()).get(),
				dates.stream().max(Comparator.naturalOrder()).get());
	}

	/** The beneficiary the record names if present in the establishment on its date. */
	private static Long present(Map<String, List<StayPeriod>> stays, NewServiceRecord service) {
		if (service.beneficiary() == null || service.date() == null) {
			return null;
		}
		return stays.getOrDefault(service.beneficiary(), List.of())
			.stream()
			.filter((stay) -> stay.covers(service.date()))
			.map(StayPeriod::beneficiaryId)
			.findFirst()
			.orElse(null);
	}

	/**
	 * As forms refuse it ({@link CleanText}): NUL would come back from PostgreSQL as an
	 * error, other control characters would break the PDF exports.
	 */
	private static boolean hasControlCharacter(String text) {
		return text != null && CleanText.hasControlCharacter(text);
	}

	private static void check(List<Problem> problems, int row, String field, boolean failed, String code) {
		if (failed) {
			problems.add(new Problem(row, field, code));
		}
	}

}
