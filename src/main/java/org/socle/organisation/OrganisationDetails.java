package org.socle.organisation;

import java.time.Instant;

/**
 * An organisation with everything the detail page and the edit form show.
 */
public record OrganisationDetails(long id, String name, LegalForm legalForm, String registrationNumber, String address,
		String regionCode, String phone, String email, String contactPerson, boolean active, long version,
		String updatedBy, Instant updatedAt) {

	public OrganisationData toData() {
		return new OrganisationData(this.name, this.legalForm, this.registrationNumber, this.address, this.regionCode,
				this.phone, this.email, this.contactPerson, this.active);
	}

}
