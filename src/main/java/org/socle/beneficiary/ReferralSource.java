package org.socle.beneficiary;

/**
 * Who referred the beneficiary at admission.
 */
public enum ReferralSource {

	SELF, FAMILY, LOCAL_AUTHORITY, POLICE, COURT, HOSPITAL, ASSOCIATION, ENTRAIDE_NATIONALE, OTHER_ESTABLISHMENT, OTHER

}
