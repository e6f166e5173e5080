package org.socle.beneficiary;

/**
 * What other modules (care) know of a beneficiary: the name to show the current user (the
 * full name for the establishment's manager, the pseudonym alone for auditors and
 * admins), the current establishment and whether a stay is open.
 */
public record BeneficiaryRef(long id, long establishmentId, String displayName, boolean full, boolean active) {
}
