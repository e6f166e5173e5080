package org.socle.establishment.registry;

import java.util.List;

import org.socle.organisation.OrganisationRef;
import org.socle.reference.ProvinceRef;

import org.springframework.data.domain.Page;

/**
 * One page of the establishment list with the filters' choices. Each part is kept under
 * the data version, so a repeated request gets the same instances and its kept body is
 * found without comparing rows; equal content read at another version finds the same
 * body.
 */
record EstablishmentListPage(Page<EstablishmentListItem> page, List<ProvinceRef> provinces,
		List<OrganisationRef> organisations) {
}
