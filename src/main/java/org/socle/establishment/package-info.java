/**
 * The registry of social-protection establishments (EPS): establishments, their staff,
 * management committee, meetings and yearly resources, with their audit history; and the
 * organisation screens. Other modules call {@link EstablishmentAccess} for the access
 * rules and the staffing figures.
 */
@ApplicationModule(allowedDependencies = { "organisation", "identity", "reference", "shared" })
package org.socle.establishment;

import org.springframework.modulith.ApplicationModule;
