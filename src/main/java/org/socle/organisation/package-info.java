/**
 * Associations (NGOs) that manage establishments. Managers belong to one. The API is
 * {@link org.socle.organisation.OrganisationService} with the records it returns and
 * takes, and {@link org.socle.organisation.LegalForm}; {@code internal} holds the table.
 * The organisation screens live in {@code establishment.organisations}, which knows who
 * is logged in (this module cannot: identity depends on it).
 */
@ApplicationModule
package org.socle.organisation;

import org.springframework.modulith.ApplicationModule;
