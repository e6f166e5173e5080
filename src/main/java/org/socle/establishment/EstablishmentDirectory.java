package org.socle.establishment;

import org.socle.establishment.registry.EstablishmentDetails;
import org.socle.establishment.registry.EstablishmentFilter;
import org.socle.establishment.registry.EstablishmentService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The establishment list and profiles for callers outside this module (the REST API),
 * through the registry's service: the same scope (a manager sees only their
 * organisation's establishments, other ids answer 404), filters, sort and paging as the
 * list page.
 */
@Service
@Transactional(readOnly = true)
public class EstablishmentDirectory {

	private final EstablishmentService registry;

	EstablishmentDirectory(EstablishmentService registry) {
		this.registry = registry;
	}

	/**
	 * One page, in SQL: three statements (page, count, organisation names).
	 * @param pageable page, size and sort as requested; made safe as the list page does
	 */
	public Page<EstablishmentSummary> search(EstablishmentSearch search, Pageable pageable) {
		EstablishmentFilter filter = new EstablishmentFilter();
		filter.setQ(search.q());
		filter.setRegion(search.region());
		filter.setProvince(search.province());
		filter.setCategory(search.category());
		filter.setStatus(search.status());
		filter.setOrganisation(search.organisation());
		filter.setExpired(search.expired());
		filter.setUnauthorised(search.unauthorised());
		return this.registry.list(filter, pageable)
			.map((item) -> new EstablishmentSummary(item.row().id(), item.row().nameFr(), item.row().nameAr(),
					item.row().category(), item.row().status(), item.row().organisationId(), item.organisationName(),
					item.row().regionCode(), item.row().authorisationStatus().name(), item.row().authorisationExpiry(),
					item.authorisationExpired(), item.row().authorisedCapacity()));
	}

	/**
	 * @throws org.socle.shared.NotFoundException when it does not exist or the current
	 * user may not read it
	 */
	public EstablishmentProfile profile(long id) {
		EstablishmentDetails d = this.registry.details(id);
		return new EstablishmentProfile(d.id(), d.nameFr(), d.nameAr(), d.category(), d.status(), d.organisationId(),
				d.organisationName(), (d.region() != null) ? d.region().code() : null,
				(d.province() != null) ? d.province().id() : null, d.address(), d.latitude(), d.longitude(),
				d.authorisationNumber(), d.authorisationDate(), d.authorisationExpiry(), d.authorisationStatus().name(),
				d.authorisationExpired(), d.authorisedCapacity(), d.capacityMale(), d.capacityFemale(), d.openingDate(),
				d.updatedAt(), d.version());
	}

}
