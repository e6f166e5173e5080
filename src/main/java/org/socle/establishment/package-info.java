/**
 * The registry of social-protection establishments (EPS). Other modules call
 * {@link org.socle.establishment.EstablishmentAccess} for the access rules their records
 * hang on and for the staffing figures, and read
 * {@link org.socle.establishment.EstablishmentInfo} (with its
 * {@link org.socle.establishment.Category} and
 * {@link org.socle.establishment.EstablishmentStatus}) and
 * {@link org.socle.establishment.StaffRef}. Inside: {@code registry} (the list, overview
 * and form of establishments), {@code records} (staff, committee members, meetings,
 * yearly resources), {@code history} (their audit trail) and {@code organisations} (the
 * organisation screens, here because they need to know who is logged in).
 */
@ApplicationModule(allowedDependencies = { "organisation", "identity", "reference", "shared" })
package org.socle.establishment;

import org.springframework.modulith.ApplicationModule;
