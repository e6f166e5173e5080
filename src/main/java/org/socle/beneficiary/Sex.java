package org.socle.beneficiary;

/**
 * Sex as recorded in the register.
 */
public enum Sex {

	F, M

}
