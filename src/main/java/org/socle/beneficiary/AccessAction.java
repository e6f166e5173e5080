package org.socle.beneficiary;

/**
 * What was done to a beneficiary record, for the access log (loi 09-08).
 */
public enum AccessAction {

	VIEW, CREATE, UPDATE, ADMIT, DISCHARGE, TRANSFER, EXPORT_JSON, EXPORT_PDF, EXPORT_LIST, IMPORT, ANONYMISE

}
