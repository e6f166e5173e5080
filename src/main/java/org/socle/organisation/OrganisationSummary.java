package org.socle.organisation;

/**
 * A line of the organisations list, read straight from SQL.
 */
public record OrganisationSummary(long id, String name, LegalForm legalForm, String regionCode, boolean active) {
}
