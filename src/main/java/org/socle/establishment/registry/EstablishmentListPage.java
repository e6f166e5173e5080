package org.socle.establishment.registry;

import java.util.List;

import org.socle.organisation.OrganisationRef;
import org.socle.reference.ProvinceRef;

import org.springframework.data.domain.Page;

/**
 * One page of the establishment list with the filters' choices, read for {@code query}.
 * Two are equal when read for the same query at the same data version, which gives equal
 * content: a page's kept body is looked up without comparing hundreds of rows and
 * choices.
 */
record EstablishmentListPage(EstablishmentService.ListQuery query, Page<EstablishmentListItem> page,
		List<ProvinceRef> provinces, List<OrganisationRef> organisations) {

	@Override
	public boolean equals(Object other) {
		return other instanceof EstablishmentListPage list && list.query.equals(this.query);
	}

	@Override
	public int hashCode() {
		return this.query.hashCode();
	}

}
