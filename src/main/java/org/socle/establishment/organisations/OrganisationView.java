package org.socle.establishment.organisations;

import java.util.List;

import org.socle.establishment.EstablishmentInfo;
import org.socle.organisation.OrganisationDetails;
import org.socle.reference.RegionRef;

/**
 * The organisation detail page: the organisation and the establishments it manages.
 */
record OrganisationView(OrganisationDetails organisation, RegionRef region, List<EstablishmentInfo> establishments,
		boolean editable) {
}
