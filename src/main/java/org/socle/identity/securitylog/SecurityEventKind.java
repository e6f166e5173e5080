package org.socle.identity.securitylog;

/** What the security log records. */
public enum SecurityEventKind {

	LOGIN_SUCCEEDED, LOGIN_FAILED, LOCKED_OUT, ACCOUNT_CREATED, ROLE_CHANGED, ACCOUNT_DISABLED, ACCOUNT_ENABLED,
	PASSWORD_RESET, MFA_ENROLLED, MFA_FAILED, PASSWORD_CHANGED

}
