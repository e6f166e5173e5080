package org.socle.organisation;

/**
 * What an administrator enters about an organisation (validated by the caller's form).
 */
public record OrganisationData(String name, LegalForm legalForm, String registrationNumber, String address,
		String regionCode, String phone, String email, String contactPerson, boolean active) {
}
