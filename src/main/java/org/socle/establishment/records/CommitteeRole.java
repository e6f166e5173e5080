package org.socle.establishment.records;

/**
 * Roles in an establishment's management committee.
 */
public enum CommitteeRole {

	PRESIDENT, VICE_PRESIDENT, SECRETARY, TREASURER, MEMBER, BENEFICIARY_REPRESENTATIVE, STAFF_REPRESENTATIVE,
	AUTHORITY_REPRESENTATIVE

}
