package org.socle.beneficiary;

/**
 * Registration in the unified social register (RSU, loi-cadre 09-21).
 */
public enum RsuStatus {

	REGISTERED, NOT_REGISTERED, UNKNOWN

}
