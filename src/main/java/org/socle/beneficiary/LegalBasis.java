package org.socle.beneficiary;

/**
 * The legal basis of an admission (court order, placement decision, request...).
 */
public enum LegalBasis {

	COURT_ORDER, PLACEMENT_DECISION, PERSONAL_REQUEST, FAMILY_REQUEST, OTHER

}
