/**
 * Care: the catalogue of service types ({@code types}), services delivered to
 * beneficiaries ({@code services}), individual care plans and their reviews
 * ({@code plans}). The API is {@link org.socle.care.EstablishmentMetrics}, the computed
 * indicators of the standard's metric catalogue, with
 * {@link org.socle.care.MetricResult}; {@code metrics} is their page.
 */
@ApplicationModule(allowedDependencies = { "beneficiary", "establishment", "identity", "standard", "shared" })
package org.socle.care;

import org.springframework.modulith.ApplicationModule;
