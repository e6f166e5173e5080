package org.socle.care;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import java.util.stream.Collectors;

import org.socle.beneficiary.AccessAction;
import org.socle.beneficiary.BeneficiaryAccess;
import org.socle.beneficiary.BeneficiaryRef;
import org.socle.establishment.EstablishmentAccess;
import org.socle.establishment.EstablishmentInfo;
import org.socle.establishment.StaffRef;
import org.socle.shared.NotAllowedException;
import org.socle.shared.NotFoundException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Services delivered to beneficiaries and their care plans. Managers record them for the
 * beneficiaries of their establishments; auditors and admins see pseudonymised lists
 * without health services, notes or plan content.
 */
@Service
@Transactional(readOnly = true)
class CareService {

	private final EstablishmentAccess establishments;

	private final BeneficiaryAccess beneficiaries;

	private final CareRecordRepository records;

	private final ServiceTypeRepository types;

	private final CarePlanRepository plans;

	private final CarePlanReviewRepository reviews;

	private final Clock clock;

	CareService(EstablishmentAccess establishments, BeneficiaryAccess beneficiaries, CareRecordRepository records,
			ServiceTypeRepository types, CarePlanRepository plans, CarePlanReviewRepository reviews, Clock clock) {
		this.establishments = establishments;
		this.beneficiaries = beneficiaries;
		this.records = records;
		this.types = types;
		this.plans = plans;
		this.reviews = reviews;
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

	private Map<Long, String> staffNames(long establishmentId) {
		return this.establishments.activeStaff(establishmentId, today())
			.stream()
			.collect(Collectors.toMap(StaffRef::id, StaffRef::name, (a, b) -> a));
	}

	private static ServiceItem item(ServiceRow row, Map<Long, BeneficiaryRef> refs, Map<Long, String> staff,
			boolean full, Locale locale) {
		BeneficiaryRef ref = refs.get(row.beneficiaryId());
		return new ServiceItem(row.id(), row.beneficiaryId(), (ref != null) ? ref.displayName() : null,
				row.serviceDate(), row.typeName(locale), row.kind(),
				(row.staffId() != null) ? staff.get(row.staffId()) : null, full ? row.notes() : null);
	}

	List<ServiceTypeOption> types(boolean activeOnly) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.types.findAllByOrderByCode()
			.stream()
			.filter(t -> !activeOnly || t.isActive())
			.map(t -> new ServiceTypeOption(t.getId(), t.getCode(), t.name(locale), t.getKind(), t.isActive(),
					t.getVersion()))
			.toList();
	}

	List<BeneficiaryRef> activeBeneficiaries(long establishmentId, LocalDate date) {
		return this.beneficiaries.active(establishmentId, date);
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
		if (form.getServiceTypeId() != null
				&& this.types.findById(form.getServiceTypeId()).filter(ServiceType::isActive).isEmpty()) {
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
		return created.size();
	}

	/** The care page of a beneficiary; logs the opening (VIEW, care). */
	@Transactional
	BeneficiaryCare care(long beneficiaryId) {
		BeneficiaryRef ref = this.beneficiaries.requireReadable(beneficiaryId);
		this.beneficiaries.log(beneficiaryId, AccessAction.VIEW, "care");
		boolean full = ref.full();
		boolean editable = full && ref.active() && this.establishments.canEditReadable();
		CarePlan plan = this.plans.findByBeneficiaryId(beneficiaryId).orElse(null);
		List<BeneficiaryCare.Review> reviewList = (plan == null) ? List.of() : this.reviews
			.findByCarePlanIdOrderByReviewDateDescIdDesc(plan.getId())
			.stream()
			.map(r -> new BeneficiaryCare.Review(r.getReviewDate(), full ? r.getSummary() : null, r.getCreatedBy()))
			.toList();
		Map<Long, String> staff = staffNames(ref.establishmentId());
		Locale locale = LocaleContextHolder.getLocale();
		List<ServiceItem> services = this.records.findByBeneficiary(beneficiaryId, !full, ServiceKind.HEALTH)
			.stream()
			.map(row -> item(row, Map.of(beneficiaryId, ref), staff, full, locale))
			.toList();
		return new BeneficiaryCare(ref, editable, plan != null, (plan != null && full) ? plan.getGoals() : null,
				(plan != null && full) ? plan.getActions() : null, (plan != null) ? plan.getNextReviewDate() : null,
				(plan != null) ? plan.getVersion() : 0, reviewList, services);
	}

	CarePlanForm planForm(long beneficiaryId) {
		this.beneficiaries.requireEditable(beneficiaryId);
		CarePlanForm form = new CarePlanForm();
		this.plans.findByBeneficiaryId(beneficiaryId).ifPresent(plan -> {
			form.setGoals(plan.getGoals());
			form.setActions(plan.getActions());
			form.setNextReviewDate(plan.getNextReviewDate());
			form.setVersion(plan.getVersion());
		});
		return form;
	}

	@Transactional
	void savePlan(long beneficiaryId, CarePlanForm form) {
		this.beneficiaries.requireEditable(beneficiaryId);
		CarePlan plan = this.plans.findByBeneficiaryId(beneficiaryId).orElse(null);
		if (plan == null) {
			plan = new CarePlan(beneficiaryId);
		}
		else {
			plan.checkVersion(form.getVersion());
		}
		plan.update(form.getGoals(), form.getActions(), form.getNextReviewDate());
		this.plans.save(plan);
		this.beneficiaries.log(beneficiaryId, AccessAction.UPDATE, "carePlan");
	}

	/** Adds a review of the existing plan, by the beneficiary's current establishment. */
	@Transactional
	boolean addReview(long beneficiaryId, ReviewForm form, Errors errors) {
		BeneficiaryRef ref = this.beneficiaries.requireEditable(beneficiaryId);
		CarePlan plan = this.plans.findByBeneficiaryId(beneficiaryId)
			.orElseThrow(() -> new NotFoundException("Care plan of beneficiary", beneficiaryId));
		if (form.getReviewDate() != null && form.getReviewDate().isAfter(today())) {
			errors.rejectValue("reviewDate", "care.futureDate");
		}
		if (errors.hasErrors()) {
			return false;
		}
		this.reviews
			.save(new CarePlanReview(plan.getId(), ref.establishmentId(), form.getReviewDate(), form.getSummary()));
		if (form.getNextReviewDate() != null) {
			plan.update(plan.getGoals(), plan.getActions(), form.getNextReviewDate());
		}
		this.beneficiaries.log(beneficiaryId, AccessAction.UPDATE, "carePlanReview");
		return true;
	}

	// --- catalogue (admins; /admin/** is ADMIN-only) ---

	ServiceTypeForm typeForm(long id) {
		ServiceType type = this.types.findById(id).orElseThrow(() -> new NotFoundException("Service type", id));
		ServiceTypeForm form = new ServiceTypeForm();
		form.setCode(type.getCode());
		form.setNameFr(type.getNameFr());
		form.setNameAr(type.getNameAr());
		form.setNameEn(type.getNameEn());
		form.setKind(type.getKind());
		form.setActive(type.isActive());
		form.setVersion(type.getVersion());
		return form;
	}

	@Transactional
	boolean saveType(Long id, ServiceTypeForm form, Errors errors) {
		ServiceType type;
		if (id == null) {
			if (form.getCode() != null && this.types.findByCode(form.getCode()).isPresent()) {
				errors.rejectValue("code", "care.serviceType.codeTaken");
				return false;
			}
			type = new ServiceType(form.getCode());
		}
		else {
			type = this.types.findById(id).orElseThrow(() -> new NotFoundException("Service type", id));
			type.checkVersion(form.getVersion());
		}
		type.update(form.getNameFr(), form.getNameAr(), form.getNameEn(), form.getKind(), form.isActive());
		this.types.save(type);
		return true;
	}

}
