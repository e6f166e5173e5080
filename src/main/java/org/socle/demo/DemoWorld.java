package org.socle.demo;

import java.util.List;
import java.util.Set;

import org.socle.establishment.EstablishmentAccess;
import org.socle.establishment.EstablishmentInfo;
import org.socle.establishment.EstablishmentStatus;
import org.socle.organisation.OrganisationService;

import org.springframework.stereotype.Component;

/**
 * What the demo data of beneficiaries and care share: the demo establishments (those of
 * the first three demo organisations, not closed) and a quality factor per establishment,
 * stable across starts, so that coverage rates, and so scores, differ between
 * establishments.
 */
@Component
class DemoWorld {

	/** Who created every demo row: reloading skips what is there. */
	static final String CREATED_BY = "demo-data";

	private static final Set<String> DEMO_ORGANISATIONS = Set.of(DemoOrganisations.AL_AMAL, DemoOrganisations.NOUR,
			DemoOrganisations.ATLAS);

	private final EstablishmentAccess establishments;

	private final OrganisationService organisations;

	DemoWorld(EstablishmentAccess establishments, OrganisationService organisations) {
		this.establishments = establishments;
		this.organisations = organisations;
	}

	/** The establishments of the demo organisations that are not closed. */
	List<EstablishmentInfo> establishments() {
		List<EstablishmentInfo> all = this.establishments.listReadable();
		var names = this.organisations.namesByIds(all.stream().map(EstablishmentInfo::organisationId).toList());
		return all.stream()
			.filter(e -> DEMO_ORGANISATIONS.contains(names.get(e.organisationId())))
			.filter(e -> e.status() != EstablishmentStatus.CLOSED)
			.toList();
	}

	/**
	 * Between 0.35 and 0.95, from the establishment's name: how well its records are kept
	 * and its residents covered.
	 */
	static double quality(EstablishmentInfo establishment) {
		int hash = Math.floorMod(establishment.nameFr().hashCode(), 1000);
		return 0.35 + 0.6 * hash / 1000.0;
	}

}
