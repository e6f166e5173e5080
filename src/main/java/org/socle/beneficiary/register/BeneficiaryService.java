package org.socle.beneficiary.register;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.socle.beneficiary.AccessAction;
import org.socle.beneficiary.privacy.AccessLog;
import org.socle.beneficiary.privacy.Pseudonyms;
import org.socle.establishment.EstablishmentAccess;
import org.socle.establishment.EstablishmentInfo;
import org.socle.establishment.EstablishmentStatus;
import org.socle.identity.SocleUser;
import org.socle.shared.NotAllowedException;
import org.socle.shared.NotFoundException;
import org.socle.shared.export.ExportBatches;
import org.socle.shared.jdbc.DataVersion;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The beneficiary register: admission (not into a closed establishment; beyond the
 * authorised capacity only when confirmed, and then flagged) and edit; the later stays
 * are {@link StayService}'s. Who sees what: the manager of the establishment's
 * organisation sees and edits full records; auditors and admins see pseudonymised records
 * without identity or disability details, and change nothing. Every opening and change is
 * logged.
 */
@Service
@Transactional(readOnly = true)
public class BeneficiaryService {

	static final String WHAT = "Beneficiary";

	private final BeneficiaryRepository beneficiaries;

	private final StayRepository stays;

	private final EstablishmentAccess establishments;

	private final AccessLog accessLog;

	private final Pseudonyms pseudonyms;

	private final Clock clock;

	private final EntityManager entityManager;

	private final DataVersion version;

	/** List pages by query and data version: older versions are never asked for again. */
	private final Cache<ListQuery, Page<BeneficiaryListItem>> pages = Caffeine.newBuilder().maximumSize(1_000).build();

	BeneficiaryService(BeneficiaryRepository beneficiaries, StayRepository stays, EstablishmentAccess establishments,
			AccessLog accessLog, Pseudonyms pseudonyms, Clock clock, EntityManager entityManager, DataVersion version) {
		this.beneficiaries = beneficiaries;
		this.stays = stays;
		this.establishments = establishments;
		this.accessLog = accessLog;
		this.pseudonyms = pseudonyms;
		this.clock = clock;
		this.entityManager = entityManager;
		this.version = version;
	}

	/**
	 * Whether the current user sees names, identity and sensitive data (managers only).
	 */
	public static boolean fullAccess() {
		return SocleUser.current().isManager();
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * The establishment, if the current user may change its beneficiaries: its
	 * organisation's manager.
	 */
	public EstablishmentInfo requireManaged(long establishmentId) {
		EstablishmentInfo establishment = this.establishments.requireEditable(establishmentId);
		if (!fullAccess()) {
			throw new NotAllowedException("Only managers change beneficiary records");
		}
		return establishment;
	}

	public Beneficiary load(long id) {
		return this.beneficiaries.findById(id).orElseThrow(() -> new NotFoundException(WHAT, id));
	}

	/** The beneficiary, if the current user may read it (its current establishment). */
	public Beneficiary requireReadable(long id) {
		Beneficiary beneficiary = load(id);
		try {
			this.establishments.requireReadable(beneficiary.getEstablishmentId());
		}
		catch (NotFoundException ex) {
			throw new NotFoundException(WHAT, id);
		}
		return beneficiary;
	}

	/** The beneficiary, if the current user may change it: manager, not anonymised. */
	public Beneficiary requireEditable(long id) {
		Beneficiary beneficiary = requireReadable(id);
		requireManaged(beneficiary.getEstablishmentId());
		if (beneficiary.getAnonymisedAt() != null) {
			throw new NotAllowedException("Beneficiary " + id + " is anonymised");
		}
		return beneficiary;
	}

	/**
	 * One page of the establishment's list, if the current user may read it, with the
	 * establishment (its heading) and whether names are shown. Access is checked on every
	 * call; the page is kept per node under the data version ({@link DataVersion}, which
	 * every column the list shows or searches bumps): a repeated request reads the
	 * version instead of the 500 stays of a large establishment.
	 */
	BeneficiaryList list(long establishmentId, String status, String q, Pageable pageable) {
		EstablishmentInfo establishment = this.establishments.requireReadable(establishmentId);
		boolean full = fullAccess();
		ListQuery query = new ListQuery(this.version.read(), establishmentId, full, statusFilter(status),
				full ? searchPattern(q, true) : "%", pageable, today());
		return new BeneficiaryList(establishment, full, this.pages.get(query, this::read));
	}

	private Page<BeneficiaryListItem> read(ListQuery query) {
		long id = query.establishmentId();
		return query.full()
				? this.beneficiaries.list(id, query.status(), query.q(), query.pageable())
					.map(row -> listItem(row, id, true, query.today()))
				: pseudonymisedList(id, query.status(), query.pageable(), query.today());
	}

	/**
	 * What a list page is read for: equal queries at one data version read equal pages.
	 */
	private record ListQuery(long version, long establishmentId, boolean full, String status, String q,
			Pageable pageable, LocalDate today) {
	}

	/**
	 * The whole list with the same filters, for an export: access checked and the filters
	 * fixed now; the supplier streams the rows, to be consumed in the export's
	 * transaction.
	 */
	public Supplier<Stream<BeneficiaryListItem>> exportList(long establishmentId, String status, String q) {
		this.establishments.requireReadable(establishmentId);
		boolean full = fullAccess();
		LocalDate today = today();
		String filter = statusFilter(status);
		if (!full) {
			// in pseudonym order, as the page: one establishment's list, held in memory
			return () -> pseudonymisedList(establishmentId, filter, Pageable.unpaged(), today).stream();
		}
		String pattern = searchPattern(q, true);
		return () -> this.beneficiaries.streamList(establishmentId, filter, pattern)
			.map(row -> listItem(row, establishmentId, true, today));
	}

	/**
	 * Every beneficiary of the region's establishments with the status filter, for
	 * auditors and admins, pseudonymised as each establishment's list shows them:
	 * establishment after establishment (by id), each in pseudonym order, from one cursor
	 * holding one establishment's rows at a time. The supplier streams them, to be
	 * consumed in the export's transaction.
	 * @throws NotAllowedException for a manager, who exports their establishments' lists
	 */
	public Supplier<Stream<RegionalListItem>> exportRegion(String regionCode, String status) {
		if (fullAccess()) {
			throw new NotAllowedException("A region's list is for auditors and admins");
		}
		Map<Long, String> names = AccessLog.names(this.establishments.listReadable()
			.stream()
			.filter((establishment) -> Objects.equals(establishment.regionCode(), regionCode))
			.toList());
		LocalDate today = today();
		String filter = statusFilter(status);
		Comparator<BeneficiaryListItem> byPseudonym = Comparator.comparing(BeneficiaryListItem::pseudonym)
			.thenComparing(BeneficiaryListItem::id);
		return () -> names.isEmpty() ? Stream.empty()
				: ExportBatches.mapRuns(this.beneficiaries.streamEstablishments(names.keySet(), filter),
						BeneficiaryRow::establishmentId,
						(establishment) -> establishment.stream()
							.map((row) -> listItem(row, row.establishmentId(), false, today))
							.sorted(byPseudonym)
							.map((item) -> new RegionalListItem(establishment.get(0).establishmentId(),
									names.get(establishment.get(0).establishmentId()), item))
							.toList());
	}

	/** ACTIVE (the default), DISCHARGED or ALL. */
	private static String statusFilter(String status) {
		return switch ((status != null) ? status : "") {
			case "ALL", "DISCHARGED" -> status;
			default -> "ACTIVE";
		};
	}

	/** Only managers search by name: for others, everyone ({@code %}). */
	private static String searchPattern(String q, boolean full) {
		return (full && q != null && !q.isBlank()) ? "%" + q.strip().toLowerCase(Locale.ROOT) + "%" : "%";
	}

	/**
	 * Auditors' and admins' list, ordered by pseudonym: an order by real name, next to
	 * age, sex and admission date, would let them re-identify people in a small
	 * establishment. Pseudonyms are computed, not stored, so the ids are sorted here and
	 * only the page's rows are read.
	 */
	private Page<BeneficiaryListItem> pseudonymisedList(long establishmentId, String filter, Pageable pageable,
			LocalDate today) {
		Map<Long, String> pseudonymsById = this.beneficiaries.listIds(establishmentId, filter, "%")
			.stream()
			.collect(Collectors.toMap(Function.identity(), this.pseudonyms::of));
		List<Long> ordered = pseudonymsById.keySet()
			.stream()
			.sorted(Comparator.comparing((Long id) -> pseudonymsById.get(id)).thenComparing(Comparator.naturalOrder()))
			.toList();
		List<Long> pageIds = ordered;
		if (pageable.isPaged()) {
			int from = (int) Math.min(pageable.getOffset(), ordered.size());
			pageIds = ordered.subList(from, Math.min(from + pageable.getPageSize(), ordered.size()));
		}
		Map<Long, BeneficiaryRow> rows = pageIds.isEmpty() ? Map.of()
				: this.beneficiaries.listRows(establishmentId, pageIds)
					.stream()
					.collect(Collectors.toMap(BeneficiaryRow::id, Function.identity()));
		List<BeneficiaryListItem> items = pageIds.stream()
			.map(id -> listItem(rows.get(id), establishmentId, false, today))
			.toList();
		return new PageImpl<>(items, pageable, ordered.size());
	}

	private BeneficiaryListItem listItem(BeneficiaryRow row, long establishmentId, boolean full, LocalDate today) {
		int age = (row.birthDate() != null) ? Period.between(row.birthDate(), today).getYears()
				: today.getYear() - row.birthYear();
		return new BeneficiaryListItem(row.id(), full ? row.lastName() + " " + row.firstName() : null,
				full && row.lastNameAr() != null ? row.lastNameAr() + " " + nullToEmpty(row.firstNameAr()) : null,
				full ? null : this.pseudonyms.of(row.id()), row.sex(), age, row.category(), row.admissionDate(),
				row.dischargeDate(), row.dischargeReason(), row.overCapacity(), full ? row.legalBasisReference() : null,
				row.currentEstablishmentId() != establishmentId, row.anonymisedAt() != null);
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

	/** Opens the record: checks access, writes VIEW to the access log. */
	@Transactional
	BeneficiaryView open(long id) {
		Beneficiary beneficiary = requireReadable(id);
		this.accessLog.record(id, beneficiary.getEstablishmentId(), AccessAction.VIEW, null);
		return view(beneficiary);
	}

	/** The record as the current user may see it, without logging (callers log). */
	public BeneficiaryView view(Beneficiary b) {
		boolean full = fullAccess();
		Map<Long, String> names = AccessLog.names(this.establishments.listReadable());
		List<StayView> stayViews = this.stays.findByBeneficiaryIdOrderByAdmissionDateDescIdDesc(b.getId())
			.stream()
			.map(s -> new StayView(s.getId(), s.getEstablishmentId(), names.get(s.getEstablishmentId()),
					s.getAdmissionDate(), s.getReferralSource(), s.getLegalBasis(),
					full ? s.getLegalBasisReference() : null, s.isOverCapacity(), s.getDischargeDate(),
					s.getDischargeReason()))
			.toList();
		boolean editable = full && b.getAnonymisedAt() == null && this.establishments.canEditReadable();
		return new BeneficiaryView(b.getId(), b.getEstablishmentId(), names.get(b.getEstablishmentId()), full, editable,
				this.pseudonyms.of(b.getId()), full ? b.getLastName() : null, full ? b.getFirstName() : null,
				full ? b.getLastNameAr() : null, full ? b.getFirstNameAr() : null, b.getSex(),
				full ? b.getBirthDate() : null, full ? b.getBirthYear() : null, b.ageAt(today()),
				full ? b.getCin() : null, full ? b.getBirthCertificateRef() : null, b.getCategory(),
				full ? b.getDisabilityType() : null, full ? b.isDisabilityCard() : null,
				full ? b.isDisabilitySupport() : null, b.getConsentDate() != null, full ? b.getConsentDate() : null,
				full ? b.getConsentGivenBy() : null, b.getHealthInsurance(), b.getRsuStatus(), b.getFamilyAid(),
				b.getPension(), b.getSchooling(), b.getAnonymisedAt(), b.getVersion(),
				full && b.isDisabilityUnreadable(), b.isHealthInsuranceUnreadable(), stayViews);
	}

	/** An empty form for a new beneficiary admitted today. */
	BeneficiaryForm newForm(long establishmentId) {
		requireManaged(establishmentId);
		BeneficiaryForm form = new BeneficiaryForm();
		form.setAdmissionDate(today());
		return form;
	}

	BeneficiaryForm formFor(long id) {
		Beneficiary beneficiary = requireEditable(id);
		BeneficiaryForm form = new BeneficiaryForm();
		beneficiary.fillForm(form);
		Stay latest = latestStay(id);
		form.setAdmissionDate(latest.getAdmissionDate());
		form.setReferralSource(latest.getReferralSource());
		form.setLegalBasis(latest.getLegalBasis());
		form.setLegalBasisReference(latest.getLegalBasisReference());
		return form;
	}

	Stay latestStay(long beneficiaryId) {
		return this.stays.findByBeneficiaryIdOrderByAdmissionDateDescIdDesc(beneficiaryId).get(0);
	}

	/**
	 * Admits a new beneficiary; returns its id, or null when {@code errors} got rule
	 * violations (closed establishment, over capacity without confirmation, dates).
	 */
	@Transactional
	Long create(long establishmentId, BeneficiaryForm form, Errors errors) {
		EstablishmentInfo establishment = requireManaged(establishmentId);
		BeneficiaryRules.validate(form, today(), errors);
		boolean overCapacity = checkAdmission(establishment, form.getAdmissionDate(), form.isConfirmOverCapacity(),
				errors);
		if (errors.hasErrors()) {
			return null;
		}
		Beneficiary beneficiary = new Beneficiary(establishmentId);
		beneficiary.update(form);
		long id = this.beneficiaries.save(beneficiary).getId();
		Stay stay = new Stay(id, establishmentId, overCapacity);
		stay.admission(form.getAdmissionDate(), form.getReferralSource(), form.getLegalBasis(),
				form.getLegalBasisReference());
		this.stays.save(stay);
		this.accessLog.record(id, establishmentId, AccessAction.CREATE, overCapacity ? "overCapacity" : null);
		return id;
	}

	/**
	 * The admission rules of a new stay: the establishment is not closed; beyond the
	 * authorised capacity the user must confirm. Returns whether the stay is over
	 * capacity.
	 */
	boolean checkAdmission(EstablishmentInfo establishment, LocalDate date, boolean confirmed, Errors errors) {
		if (establishment.status() == EstablishmentStatus.CLOSED) {
			errors.reject("beneficiary.establishmentClosed");
			return false;
		}
		Integer capacity = establishment.authorisedCapacity();
		if (capacity == null || date == null) {
			return false;
		}
		long active = this.stays.countActive(establishment.id(), date);
		boolean over = active + 1 > capacity;
		if (over && !confirmed) {
			errors.rejectValue("confirmOverCapacity", "beneficiary.overCapacity", new Object[] { active, capacity },
					null);
		}
		return over;
	}

	/**
	 * Edits the person and the admission of their latest stay; rule violations go to
	 * {@code errors} and nothing is saved.
	 */
	@Transactional
	void update(long id, BeneficiaryForm form, Errors errors) {
		Beneficiary beneficiary = requireEditable(id);
		beneficiary.checkVersion(form.getVersion());
		BeneficiaryRules.validate(form, today(), errors);
		List<Stay> history = this.stays.findByBeneficiaryIdOrderByAdmissionDateDescIdDesc(id);
		Stay latest = history.get(0);
		LocalDate admission = form.getAdmissionDate();
		if (admission != null && latest.getDischargeDate() != null && admission.isAfter(latest.getDischargeDate())) {
			errors.rejectValue("admissionDate", "beneficiary.admissionAfterDischarge");
		}
		if (admission != null && history.size() > 1 && history.get(1).getDischargeDate() != null
				&& admission.isBefore(history.get(1).getDischargeDate())) {
			errors.rejectValue("admissionDate", "beneficiary.admissionBeforeLastDischarge");
		}
		if (errors.hasErrors()) {
			return;
		}
		List<String> changed = new ArrayList<>(beneficiary.update(form));
		if (!Objects.equals(latest.getAdmissionDate(), admission)
				|| latest.getReferralSource() != form.getReferralSource()
				|| latest.getLegalBasis() != form.getLegalBasis()
				|| !Objects.equals(latest.getLegalBasisReference(), form.getLegalBasisReference())) {
			latest.admission(admission, form.getReferralSource(), form.getLegalBasis(), form.getLegalBasisReference());
			changed.add("admission");
		}
		this.entityManager.lock(beneficiary, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		this.accessLog.record(id, beneficiary.getEstablishmentId(), AccessAction.UPDATE, String.join(", ", changed));
	}

}
