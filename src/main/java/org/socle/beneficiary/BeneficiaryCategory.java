package org.socle.beneficiary;

/**
 * Who the beneficiary is, for the establishment's register (not the establishment's
 * category).
 */
public enum BeneficiaryCategory {

	CHILD, STUDENT, OLDER_PERSON, PERSON_WITH_DISABILITY, WOMAN, HOMELESS_PERSON, OTHER

}
