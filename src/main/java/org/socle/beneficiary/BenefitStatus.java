package org.socle.beneficiary;

/**
 * Whether a cash benefit (family or direct social aid, pension or old-age allowance) is
 * received.
 */
public enum BenefitStatus {

	RECEIVING, NOT_RECEIVING, UNKNOWN

}
