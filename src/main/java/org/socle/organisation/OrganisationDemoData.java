package org.socle.organisation;

import org.socle.shared.DemoDataContributor;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Three associations in different regions; the first two have a demo manager each.
 */
@Component
@Order(10)
class OrganisationDemoData implements DemoDataContributor {

	private final OrganisationService service;

	OrganisationDemoData(OrganisationService service) {
		this.service = service;
	}

	@Override
	public void loadDemoData() {
		this.service.ensure(DemoOrganisations.AL_AMAL, "MA-01");
		this.service.ensure(DemoOrganisations.NOUR, "MA-07");
		this.service.ensure(DemoOrganisations.ATLAS, "MA-03");
	}

}
