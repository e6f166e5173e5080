package org.socle.establishment.registry;

/**
 * A list line with its organisation's name and whether its authorisation has expired.
 */
public record EstablishmentListItem(EstablishmentRow row, String organisationName, boolean authorisationExpired) {
}
