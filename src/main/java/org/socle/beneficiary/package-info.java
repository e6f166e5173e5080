/**
 * Beneficiaries (personal data under loi 09-08) and their stays in establishments: the
 * register, admissions, discharges and transfers, import, one-person export, retention,
 * pseudonymisation for auditors and the access log.
 */
@ApplicationModule(allowedDependencies = { "establishment", "identity", "shared" })
package org.socle.beneficiary;

import org.springframework.modulith.ApplicationModule;
