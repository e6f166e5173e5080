package org.socle.care.services;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.socle.beneficiary.BeneficiaryAccess;
import org.socle.beneficiary.BeneficiaryRef;
import org.socle.care.types.ServiceKind;
import org.socle.care.types.ServiceTypeCatalogue;
import org.socle.establishment.EstablishmentAccess;
import org.socle.establishment.EstablishmentInfo;
import org.socle.establishment.StaffRef;
import org.socle.identity.SocleUser;
import org.socle.shared.NotAllowedException;
import org.socle.shared.export.ExportBatches;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Services delivered to beneficiaries. Managers record them for the beneficiaries of
 * their establishments, many at once; auditors and admins see pseudonymised lists without
 * health services or notes.
 */
@Service
@Transactional(readOnly = true)
public class ServiceRecords {

	private final EstablishmentAccess establishments;

	private final BeneficiaryAccess beneficiaries;

	private final CareRecordRepository records;

	private final ServiceTypeCatalogue types;

	private final EntryPreferenceRepository preferences;

	private final Clock clock;

	ServiceRecords(EstablishmentAccess establishments, BeneficiaryAccess beneficiaries, CareRecordRepository records,
			ServiceTypeCatalogue types, EntryPreferenceRepository preferences, Clock clock) {
		this.establishments = establishments;
		this.beneficiaries = beneficiaries;
		this.records = records;
		this.types = types;
		this.preferences = preferences;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	boolean isManager() {
		return this.beneficiaries.fullAccess();
	}

	EstablishmentInfo requireManaged(long establishmentId) {
		EstablishmentInfo establishment = this.establishments.requireEditable(establishmentId);
		if (!this.beneficiaries.fullAccess()) {
			throw new NotAllowedException("Only managers record services");
		}
		return establishment;
	}

	Page<ServiceItem> services(long establishmentId, Long typeId, Pageable pageable) {
		this.establishments.requireReadable(establishmentId);
		boolean full = this.beneficiaries.fullAccess();
		Page<ServiceRow> rows = this.records.findByEstablishment(establishmentId, !full, ServiceKind.HEALTH,
				(typeId != null) ? typeId : 0, pageable);
		Map<Long, BeneficiaryRef> refs = this.beneficiaries
			.refs(rows.getContent().stream().map(ServiceRow::beneficiaryId).collect(Collectors.toSet()));
		Map<Long, String> staff = staffNames(establishmentId);
		Locale locale = LocaleContextHolder.getLocale();
		return rows.map(row -> item(row, refs, staff, full, locale));
	}

	/**
	 * The whole list with the page's filter, for an export: access checked and the scope
	 * fixed now; the supplier streams the services and looks up the beneficiaries' names
	 * a batch at a time (pseudonyms alone for auditors and admins).
	 */
	Supplier<Stream<ServiceItem>> exportServices(long establishmentId, Long typeId) {
		this.establishments.requireReadable(establishmentId);
		boolean full = this.beneficiaries.fullAccess();
		Locale locale = LocaleContextHolder.getLocale();
		return () -> {
			Map<Long, String> staff = staffNames(establishmentId);
			Stream<ServiceRow> rows = this.records.streamByEstablishment(establishmentId, !full, ServiceKind.HEALTH,
					(typeId != null) ? typeId : 0);
			return ExportBatches.map(rows, (batch) -> {
				Map<Long, String> names = this.beneficiaries
					.exportNames(batch.stream().map(ServiceRow::beneficiaryId).collect(Collectors.toSet()));
				return batch.stream()
					.map((row) -> item(row, names.get(row.beneficiaryId()), staff, full, locale))
					.toList();
			});
		};
	}

	/** Writes the beneficiaries of a batch of exported services to the access log. */
	@Transactional
	void logExport(long establishmentId, List<? extends ServiceItem> batch, String details) {
		this.beneficiaries.logExport(establishmentId,
				batch.stream().map(ServiceItem::beneficiaryId).collect(Collectors.toCollection(LinkedHashSet::new)),
				details);
	}

	/**
	 * A beneficiary's services, newest first, as the current user may see them (the
	 * caller checked access): without health services and notes unless {@code full}.
	 */
	public List<ServiceItem> ofBeneficiary(BeneficiaryRef beneficiary) {
		boolean full = beneficiary.full();
		Map<Long, String> staff = staffNames(beneficiary.establishmentId());
		Locale locale = LocaleContextHolder.getLocale();
		return this.records.findByBeneficiary(beneficiary.id(), !full, ServiceKind.HEALTH)
			.stream()
			.map(row -> item(row, Map.of(beneficiary.id(), beneficiary), staff, full, locale))
			.toList();
	}

	private Map<Long, String> staffNames(long establishmentId) {
		return this.establishments.activeStaff(establishmentId, today())
			.stream()
			.collect(Collectors.toMap(StaffRef::id, StaffRef::name, (a, b) -> a));
	}

	private static ServiceItem item(ServiceRow row, Map<Long, BeneficiaryRef> refs, Map<Long, String> staff,
			boolean full, Locale locale) {
		BeneficiaryRef ref = refs.get(row.beneficiaryId());
		return item(row, (ref != null) ? ref.displayName() : null, staff, full, locale);
	}

	private static ServiceItem item(ServiceRow row, String beneficiaryName, Map<Long, String> staff, boolean full,
			Locale locale) {
		return new ServiceItem(row.id(), row.beneficiaryId(), beneficiaryName, row.serviceDate(), row.typeName(locale),
				row.kind(), (row.staffId() != null) ? staff.get(row.staffId()) : null, full ? row.notes() : null);
	}

	List<BeneficiaryRef> activeBeneficiaries(long establishmentId, LocalDate date) {
		return this.beneficiaries.active(establishmentId, date);
	}

	/** The service type the current user last recorded, if still active. */
	Long lastServiceType() {
		return this.preferences.findByUserId(SocleUser.current().id())
			.map(EntryPreference::getServiceTypeId)
			.filter(this.types::isActive)
			.orElse(null);
	}

	private void rememberServiceType(long serviceTypeId) {
		long userId = SocleUser.current().id();
		this.preferences.findByUserId(userId)
			.ifPresentOrElse((preference) -> preference.remember(serviceTypeId),
					() -> this.preferences.save(new EntryPreference(userId, serviceTypeId)));
	}

	List<StaffRef> staff(long establishmentId, LocalDate date) {
		return this.establishments.activeStaff(establishmentId, date);
	}

	/**
	 * Records one service for every selected beneficiary (group entry); each must be
	 * present in the establishment on the service date. Returns how many were recorded, 0
	 * when {@code errors} got violations.
	 */
	@Transactional
	int record(long establishmentId, ServiceEntryForm form, Errors errors) {
		requireManaged(establishmentId);
		LocalDate date = form.getServiceDate();
		if (date != null && date.isAfter(today())) {
			errors.rejectValue("serviceDate", "care.futureDate");
		}
		if (form.getServiceTypeId() != null && !this.types.isActive(form.getServiceTypeId())) {
			errors.rejectValue("serviceTypeId", "care.unknownType");
		}
		if (date != null && form.getStaffId() != null
				&& staff(establishmentId, date).stream().noneMatch(s -> s.id() == form.getStaffId())) {
			errors.rejectValue("staffId", "care.staffNotInPost");
		}
		if (date != null && !form.getBeneficiaryIds().isEmpty()) {
			Set<Long> present = activeBeneficiaries(establishmentId, date).stream()
				.map(BeneficiaryRef::id)
				.collect(Collectors.toSet());
			if (!present.containsAll(new HashSet<>(form.getBeneficiaryIds()))) {
				errors.rejectValue("beneficiaryIds", "care.notPresent");
			}
		}
		if (errors.hasErrors()) {
			return 0;
		}
		List<CareRecord> created = new HashSet<>(form.getBeneficiaryIds()).stream()
			.map(id -> new CareRecord(id, establishmentId, form.getServiceTypeId(), date, form.getStaffId(),
					form.getNotes()))
			.toList();
		this.records.saveAll(created);
		rememberServiceType(form.getServiceTypeId());
		return created.size();
	}

}
