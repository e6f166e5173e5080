/**
 * The REST API under {@code /api/v1} for the ministry's and partners' systems and for
 * establishments' own tools: JSON read endpoints over the other modules' APIs (with the
 * UI's access rules, since they call the same services) and the bulk creation of service
 * records, idempotent by {@code Idempotency-Key} ({@code shared.idempotency}). Owns no
 * data. Inside: {@code v1} (the controllers), {@code v1.support} (paging envelope and
 * links, ETags).
 */
@ApplicationModule(displayName = "API", allowedDependencies = { "reference", "organisation", "establishment",
		"assessment", "assessment :: scoring", "standard", "care", "reporting", "identity", "shared" })
package org.socle.api;

import org.springframework.modulith.ApplicationModule;
