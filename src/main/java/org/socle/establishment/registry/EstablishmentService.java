package org.socle.establishment.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.socle.establishment.Category;
import org.socle.establishment.EstablishmentAccess;
import org.socle.establishment.EstablishmentStatus;
import org.socle.identity.SocleUser;
import org.socle.organisation.OrganisationRef;
import org.socle.organisation.OrganisationService;
import org.socle.reference.ProvinceRef;
import org.socle.reference.ReferenceDataService;
import org.socle.shared.Like;
import org.socle.shared.NotAllowedException;
import org.socle.shared.NotFoundException;
import org.socle.shared.jdbc.DataVersion;
import org.socle.shared.web.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The establishments registry: list, detail, create and edit, with the access rules of
 * {@link EstablishmentAccess} applied to every call whoever the caller is.
 */
@Service
@Transactional
public class EstablishmentService {

	private static final String WHAT = "Establishment";

	/** Sortable columns; anything else in {@code sort} is ignored. */
	static final Set<String> SORTABLE = Set.of("nameFr", "category", "regionCode", "status", "authorisationExpiry",
			"authorisedCapacity");

	private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.asc("nameFr").ignoreCase());

	private final EstablishmentRepository establishments;

	private final EstablishmentAccess access;

	private final OrganisationService organisations;

	private final ReferenceDataService reference;

	private final Clock clock;

	private final DataVersion version;

	/** List pages by query and data version: older versions are never asked for again. */
	private final Cache<ListQuery, Page<EstablishmentListItem>> pages = Caffeine.newBuilder()
		.maximumSize(2_000)
		.build();

	/** The list's filter choices by data version, for managers and for everyone else. */
	private final Cache<ChoicesKey, FilterChoices> choices = Caffeine.newBuilder().maximumSize(8).build();

	EstablishmentService(EstablishmentRepository establishments, EstablishmentAccess access,
			OrganisationService organisations, ReferenceDataService reference, Clock clock, DataVersion version) {
		this.establishments = establishments;
		this.access = access;
		this.organisations = organisations;
		this.reference = reference;
		this.clock = clock;
		this.version = version;
	}

	/**
	 * One page of the establishments the current user may read, filtered, sorted and
	 * paginated in SQL (page, count and organisation names: three statements), kept under
	 * the data version ({@link DataVersion}, which every column the list reads bumps): a
	 * repeated request runs one statement.
	 */
	@Transactional(readOnly = true)
	public Page<EstablishmentListItem> list(EstablishmentFilter filter, Pageable pageable) {
		return this.pages.get(query(this.version.read(), filter, pageable), this::read);
	}

	/**
	 * The list's page and the filters' choices (provinces; active organisations for those
	 * who read them all), as one value kept under the data version: a repeated request
	 * runs one statement and gets the same instance.
	 */
	@Transactional(readOnly = true)
	EstablishmentListPage listPage(EstablishmentFilter filter, Pageable pageable) {
		ListQuery query = query(this.version.read(), filter, pageable);
		FilterChoices choices = this.choices.get(new ChoicesKey(query.version(), query.manager()),
				(key) -> new FilterChoices(List.copyOf(this.reference.provinces()),
						key.manager() ? List.of() : List.copyOf(this.organisations.listActive())));
		return new EstablishmentListPage(this.pages.get(query, this::read), choices.provinces(),
				choices.organisations());
	}

	private ListQuery query(long version, EstablishmentFilter filter, Pageable pageable) {
		SocleUser user = SocleUser.current();
		Long scope = user.isManager() ? user.organisationId() : null;
		return new ListQuery(version, user.isManager(), scope, filter.getOrganisation(), knownRegion(filter),
				filter.getProvince(), filter.getCategory(), filter.getStatus(), Like.contains(filter.getQ()),
				filter.isExpired(), filter.isUnauthorised(), LocalDate.now(this.clock), safe(pageable));
	}

	private Page<EstablishmentListItem> read(ListQuery query) {
		Page<EstablishmentRow> rows = this.establishments.findRows(query.scope(), query.organisation(), query.region(),
				query.province(), query.category(), query.status(), query.q(), query.expired(), query.unauthorised(),
				query.today(), query.pageable());
		Map<Long, String> names = rows.isEmpty() ? Map.of() : this.organisations
			.namesByIds(rows.stream().map(EstablishmentRow::organisationId).distinct().toList());
		return rows.map((row) -> new EstablishmentListItem(row, names.get(row.organisationId()),
				row.authorisationExpired(query.today())));
	}

	/**
	 * What a list page is read for: equal queries at one data version read equal pages.
	 */
	private record ListQuery(long version, boolean manager, Long scope, Long organisation, String region, Long province,
			Category category, EstablishmentStatus status, String q, boolean expired, boolean unauthorised,
			LocalDate today, Pageable pageable) {
	}

	private record ChoicesKey(long version, boolean manager) {
	}

	private record FilterChoices(List<ProvinceRef> provinces, List<OrganisationRef> organisations) {
	}

	/**
	 * The whole list for an export: the scope, filters and sort of {@link #list}, fixed
	 * now (who asks, today), read when the export runs, inside its transaction. The
	 * organisation names come from one query, plus one per deactivated organisation met.
	 */
	@Transactional(readOnly = true)
	Supplier<Stream<EstablishmentListItem>> exportRows(EstablishmentFilter filter, Sort sort) {
		SocleUser user = SocleUser.current();
		Long scope = user.isManager() ? user.organisationId() : null;
		LocalDate today = LocalDate.now(this.clock);
		String region = knownRegion(filter);
		Sort safeSort = safe(PageRequest.of(0, 1, sort)).getSort();
		return () -> {
			Map<Long, String> names = new HashMap<>();
			this.organisations.listActive().forEach((o) -> names.put(o.id(), o.name()));
			return this.establishments
				.streamRows(scope, filter.getOrganisation(), region, filter.getProvince(), filter.getCategory(),
						filter.getStatus(), Like.contains(filter.getQ()), filter.isExpired(), filter.isUnauthorised(),
						today, safeSort)
				.map((row) -> new EstablishmentListItem(row,
						names.computeIfAbsent(row.organisationId(),
								(id) -> this.organisations.find(id).map(OrganisationRef::name).orElse(null)),
						row.authorisationExpired(today)));
		};
	}

	private String knownRegion(EstablishmentFilter filter) {
		return (filter.getRegion() != null && this.reference.isRegion(filter.getRegion())) ? filter.getRegion() : null;
	}

	/**
	 * Known sort columns only (the name ignoring case), a page size of at most
	 * {@value Paging#MAX_PAGE_SIZE}, by id last.
	 */
	static Pageable safe(Pageable pageable) {
		return Paging.safe(pageable, Paging.MAX_PAGE_SIZE, SORTABLE, DEFAULT_SORT);
	}

	/** The establishment's page header and overview, if the current user may read it. */
	@Transactional(readOnly = true)
	public EstablishmentDetails details(long id) {
		this.access.requireReadable(id);
		Establishment e = find(id);
		LocalDate today = LocalDate.now(this.clock);
		ProvinceRef province = (e.getProvinceId() != null) ? this.reference.province(e.getProvinceId()).orElse(null)
				: null;
		String organisationName = this.organisations.find(e.getOrganisationId()).map((o) -> o.name()).orElse(null);
		return new EstablishmentDetails(e.getId(), e.getNameFr(), e.getNameAr(), e.getCategory(), e.getStatus(),
				e.getOrganisationId(), organisationName, this.reference.region(e.getRegionCode()).orElse(null),
				province, e.getAddress(), e.getLatitude(), e.getLongitude(), e.getAuthorisationNumber(),
				e.getAuthorisationDate(), e.getAuthorisationExpiry(), e.getAuthorisationStatus(),
				Authorisations.expired(e.getAuthorisationStatus(), e.getAuthorisationExpiry(), today),
				e.getAuthorisedCapacity(), e.getCapacityMale(), e.getCapacityFemale(), e.getOpeningDate(),
				e.getDirectorName(), e.getDirectorPhone(), e.getDirectorEmail(), e.getVersion(), e.getCreatedBy(),
				e.getCreatedAt(), e.getUpdatedBy(), e.getUpdatedAt(), this.access.canEditReadable());
	}

	/** A blank form for a new establishment; refused to auditors. */
	@Transactional(readOnly = true)
	EstablishmentForm newForm() {
		SocleUser user = requireCreator();
		EstablishmentForm form = new EstablishmentForm();
		form.setOrganisationId(user.organisationId());
		return form;
	}

	/**
	 * The organisations the form offers: none but to an admin (a manager's establishments
	 * stay in their organisation); the active ones, plus, when editing, the
	 * establishment's own even if it was deactivated (first, as it is the one selected).
	 */
	@Transactional(readOnly = true)
	List<OrganisationRef> organisationChoices(Long establishmentId) {
		if (!SocleUser.current().isAdmin()) {
			return List.of();
		}
		List<OrganisationRef> active = this.organisations.listActive();
		if (establishmentId == null) {
			return active;
		}
		long current = this.access.requireReadable(establishmentId).organisationId();
		if (active.stream().anyMatch((organisation) -> organisation.id() == current)) {
			return active;
		}
		List<OrganisationRef> choices = new ArrayList<>();
		this.organisations.find(current).ifPresent(choices::add);
		choices.addAll(active);
		return choices;
	}

	@Transactional(readOnly = true)
	EstablishmentForm formFor(long id) {
		this.access.requireEditable(id);
		return find(id).toForm();
	}

	/**
	 * Rules Bean Validation cannot express; adds errors to {@code errors}. The
	 * organisation is only checked for admins: a manager's is forced to their own.
	 */
	@Transactional(readOnly = true)
	void validate(EstablishmentForm form, Errors errors) {
		if (SocleUser.current().isAdmin()
				&& (form.getOrganisationId() == null || this.organisations.find(form.getOrganisationId()).isEmpty())) {
			errors.rejectValue("organisationId", "establishment.organisation.required");
		}
		if (form.getRegionCode() != null && !this.reference.isRegion(form.getRegionCode())) {
			errors.rejectValue("regionCode", "establishment.region.unknown");
		}
		if (form.getProvinceId() != null) {
			ProvinceRef province = this.reference.province(form.getProvinceId()).orElse(null);
			if (province == null || !province.regionCode().equals(form.getRegionCode())) {
				errors.rejectValue("provinceId", "establishment.province.notInRegion");
			}
		}
		if ((form.getLatitude() == null) != (form.getLongitude() == null)) {
			errors.rejectValue((form.getLatitude() == null) ? "latitude" : "longitude",
					"establishment.coordinates.both");
		}
		if (form.getAuthorisationDate() != null && form.getAuthorisationExpiry() != null
				&& form.getAuthorisationExpiry().isBefore(form.getAuthorisationDate())) {
			errors.rejectValue("authorisationExpiry", "establishment.authorisationExpiry.beforeDate");
		}
		if (form.getAuthorisationStatus() == AuthorisationStatus.VALID && form.getAuthorisationNumber() == null) {
			errors.rejectValue("authorisationNumber", "establishment.authorisationNumber.required");
		}
		int bySex = Objects.requireNonNullElse(form.getCapacityMale(), 0)
				+ Objects.requireNonNullElse(form.getCapacityFemale(), 0);
		if (bySex > 0 && (form.getAuthorisedCapacity() == null || bySex > form.getAuthorisedCapacity())) {
			errors.rejectValue("capacityFemale", "establishment.capacity.bySexOverTotal");
		}
	}

	/** Creates the establishment; a manager's always belongs to their organisation. */
	long create(EstablishmentForm form) {
		SocleUser user = requireCreator();
		long organisationId = user.isManager() ? user.organisationId() : requireOrganisation(form.getOrganisationId());
		Establishment establishment = new Establishment(organisationId);
		establishment.update(form);
		return this.establishments.save(establishment).getId();
	}

	/**
	 * Saves the form over the current record unless someone saved in between
	 * ({@link org.socle.shared.StaleEditException}). Only an admin moves an establishment
	 * to another organisation; a manager's organisation field is ignored.
	 */
	void update(long id, EstablishmentForm form) {
		this.access.requireEditable(id);
		Establishment establishment = find(id);
		establishment.checkVersion(form.getVersion());
		establishment.update(form);
		if (SocleUser.current().isAdmin()) {
			establishment.moveTo(requireOrganisation(form.getOrganisationId()));
		}
	}

	/**
	 * The current user if they may create establishments.
	 * @throws NotAllowedException for an auditor (read-only)
	 */
	SocleUser requireCreator() {
		if (!this.access.canEditReadable()) {
			throw new NotAllowedException("Read-only role may not create establishments");
		}
		return SocleUser.current();
	}

	private long requireOrganisation(Long organisationId) {
		if (organisationId == null || this.organisations.find(organisationId).isEmpty()) {
			throw new NotFoundException("Organisation", organisationId);
		}
		return organisationId;
	}

	private Establishment find(long id) {
		return this.establishments.findById(id).orElseThrow(() -> new NotFoundException(WHAT, id));
	}

}
