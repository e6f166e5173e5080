package org.socle.establishment.organisations;

import org.socle.organisation.OrganisationSummary;

/**
 * An organisations-list line with its number of establishments.
 */
record OrganisationListItem(OrganisationSummary organisation, long establishments) {
}
