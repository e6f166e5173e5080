package org.socle.establishment.organisations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.socle.establishment.EstablishmentInfo;
import org.socle.establishment.registry.EstablishmentRepository;
import org.socle.identity.SocleUser;
import org.socle.organisation.OrganisationDetails;
import org.socle.organisation.OrganisationService;
import org.socle.organisation.OrganisationSummary;
import org.socle.reference.ReferenceDataService;
import org.socle.shared.NotAllowedException;
import org.socle.shared.NotFoundException;
import org.socle.shared.web.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The organisation screens' rules: a MANAGER sees only their own organisation (any other
 * id answers 404), an AUDITOR reads all, only an ADMIN creates and edits. Lives with the
 * establishments because the organisation module cannot know who is logged in (identity
 * depends on it).
 */
@Service
@Transactional(readOnly = true)
class OrganisationRegistry {

	private static final String WHAT = "Organisation";

	private static final Sort BY_NAME = Sort.by(Sort.Order.asc("name").ignoreCase());

	private final OrganisationService organisations;

	private final EstablishmentRepository establishments;

	private final ReferenceDataService reference;

	OrganisationRegistry(OrganisationService organisations, EstablishmentRepository establishments,
			ReferenceDataService reference) {
		this.organisations = organisations;
		this.establishments = establishments;
		this.reference = reference;
	}

	/** Page, count and establishment numbers: three statements whatever the page size. */
	Page<OrganisationListItem> list(String query, Pageable pageable) {
		SocleUser user = SocleUser.current();
		Pageable safe = Paging.safe(pageable, Paging.MAX_PAGE_SIZE, Set.of(), BY_NAME);
		Page<OrganisationSummary> page = this.organisations.page(query, user.isManager() ? user.organisationId() : null,
				safe);
		Map<Long, Long> counts = new HashMap<>();
		if (!page.isEmpty()) {
			for (Object[] row : this.establishments
				.countByOrganisations(page.stream().map(OrganisationSummary::id).toList())) {
				counts.put((Long) row[0], (Long) row[1]);
			}
		}
		return page.map((o) -> new OrganisationListItem(o, counts.getOrDefault(o.id(), 0L)));
	}

	/**
	 * Every line of the list as {@link #list} would show it, all pages, for an export:
	 * the scope is fixed now (a manager's organisation); the supplier runs two statements
	 * (the establishment counts, then the organisations through a cursor).
	 */
	Supplier<Stream<OrganisationListItem>> exportRows(String query) {
		SocleUser user = SocleUser.current();
		Long scope = user.isManager() ? user.organisationId() : null;
		return () -> {
			Map<Long, Long> counts = new HashMap<>();
			for (Object[] row : this.establishments.countPerOrganisation(scope)) {
				counts.put((Long) row[0], (Long) row[1]);
			}
			return this.organisations.stream(query, scope, BY_NAME.and(Sort.by("id")))
				.map((o) -> new OrganisationListItem(o, counts.getOrDefault(o.id(), 0L)));
		};
	}

	OrganisationView details(long id) {
		OrganisationDetails details = readable(id);
		List<EstablishmentInfo> managed = this.establishments.findInfosByOrganisation(id);
		return new OrganisationView(details, this.reference.region(details.regionCode()).orElse(null), managed,
				SocleUser.current().isAdmin());
	}

	OrganisationForm formFor(long id) {
		return OrganisationForm.of(requireEditable(id));
	}

	/**
	 * The organisation if the current user may edit it: 404 for an unknown id or (for a
	 * manager) another organisation, 403 for anyone but an admin.
	 */
	OrganisationDetails requireEditable(long id) {
		OrganisationDetails details = readable(id);
		requireAdmin();
		return details;
	}

	void validate(OrganisationForm form, Long id, Errors errors) {
		requireAdmin();
		if (form.getName() != null && this.organisations.nameTaken(form.getName(), id)) {
			errors.rejectValue("name", "organisation.name.taken");
		}
		if (form.getRegistrationNumber() != null
				&& this.organisations.registrationNumberTaken(form.getRegistrationNumber(), id)) {
			errors.rejectValue("registrationNumber", "organisation.registrationNumber.taken");
		}
		if (form.getRegionCode() != null && !this.reference.isRegion(form.getRegionCode())) {
			errors.rejectValue("regionCode", "establishment.region.unknown");
		}
	}

	@Transactional
	long create(OrganisationForm form) {
		requireAdmin();
		return this.organisations.create(form.toData());
	}

	@Transactional
	void update(long id, OrganisationForm form) {
		readable(id);
		requireAdmin();
		this.organisations.update(id, form.toData(), form.getVersion());
	}

	/** 404 for a manager asking for another organisation, or for an unknown id. */
	private OrganisationDetails readable(long id) {
		OrganisationDetails details = this.organisations.details(id).orElseThrow(() -> new NotFoundException(WHAT, id));
		SocleUser.current().requireRead(id, WHAT, id);
		return details;
	}

	void requireAdmin() {
		if (!SocleUser.current().isAdmin()) {
			throw new NotAllowedException("Only administrators manage organisations");
		}
	}

}
