/**
 * Care: the catalogue of service types, services delivered to beneficiaries, individual
 * care plans and their reviews, and {@link org.socle.care.EstablishmentMetrics}, the
 * computed indicators (METRIC*) of the standard.
 */
@ApplicationModule(allowedDependencies = { "beneficiary", "establishment", "identity", "standard", "shared" })
package org.socle.care;

import org.springframework.modulith.ApplicationModule;
