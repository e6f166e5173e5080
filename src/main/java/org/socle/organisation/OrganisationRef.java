package org.socle.organisation;

/**
 * What other modules need to know of an organisation.
 */
public record OrganisationRef(long id, String name) {
}
