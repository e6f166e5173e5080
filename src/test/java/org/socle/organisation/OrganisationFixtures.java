package org.socle.organisation;

import org.socle.organisation.internal.Organisation;
import org.socle.organisation.internal.OrganisationRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates organisations for tests of any module. An organisation is found by its name, so
 * it is created once per test database.
 */
@Component
public class OrganisationFixtures {

	private final OrganisationRepository organisations;

	OrganisationFixtures(OrganisationRepository organisations) {
		this.organisations = organisations;
	}

	/** The id of the organisation of that name, created in MA-04 if there is none. */
	@Transactional
	public long organisation(String name) {
		return this.organisations.findByName(name)
			.orElseGet(() -> this.organisations.save(new Organisation(name, "MA-04")))
			.getId();
	}

}
