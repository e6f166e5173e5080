package org.socle.beneficiary.register;

/**
 * A line of a region's pseudonymised beneficiary list: the establishment (its name in the
 * reader's language) and the person as its own list shows them to an auditor.
 */
public record RegionalListItem(long establishmentId, String establishment, BeneficiaryListItem person) {

}
