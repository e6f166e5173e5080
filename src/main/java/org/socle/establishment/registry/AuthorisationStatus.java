package org.socle.establishment.registry;

/**
 * Where the establishment stands with its opening authorisation (loi 65-15, art. 11).
 */
public enum AuthorisationStatus {

	VALID, PENDING, EXPIRED, NONE

}
