package org.socle.beneficiary;

/**
 * A recorded disability (sensitive data under loi 09-08: shown to the establishment's own
 * staff only).
 */
public enum DisabilityType {

	PHYSICAL, VISUAL, HEARING, INTELLECTUAL, PSYCHIC, AUTISM, MULTIPLE, OTHER

}
