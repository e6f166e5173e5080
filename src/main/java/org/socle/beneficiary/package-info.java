/**
 * Beneficiaries (personal data under loi 09-08) and their stays in establishments. The
 * API is this package: {@link org.socle.beneficiary.BeneficiaryAccess} (who may read or
 * add to a record, the name to show, the access log) with
 * {@link org.socle.beneficiary.BeneficiaryRef}, the contract of the modules that keep
 * records about a beneficiary ({@link org.socle.beneficiary.BeneficiaryDataContributor},
 * {@link org.socle.beneficiary.ExportSection}) and the enums of a record. Inside:
 * {@code register} (the register, admissions, discharges and transfers),
 * {@code importing}, {@code export} (one person's data, an establishment's and a region's
 * lists) and {@code privacy} (pseudonyms, the access log, retention).
 */
@ApplicationModule(allowedDependencies = { "establishment", "identity", "reference", "shared" })
package org.socle.beneficiary;

import org.springframework.modulith.ApplicationModule;
