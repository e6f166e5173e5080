package org.socle.beneficiary;

/**
 * Who gave consent to the processing of the beneficiary's data (loi 09-08).
 */
public enum ConsentGivenBy {

	SELF, GUARDIAN

}
