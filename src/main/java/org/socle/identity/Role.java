package org.socle.identity;

/**
 * What a user may do: admins manage users, reference data and standards; auditors (the
 * ministry) read everything and run audits; managers keep their own organisation's
 * records.
 */
public enum Role {

	ADMIN, AUDITOR, MANAGER;

	public String authority() {
		return "ROLE_" + name();
	}

}
