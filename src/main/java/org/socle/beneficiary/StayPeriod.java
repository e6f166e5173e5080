package org.socle.beneficiary;

import java.time.LocalDate;

/**
 * A beneficiary's stay in an establishment, from admission to discharge (null while
 * open), as {@link BeneficiaryAccess#staysByPseudonym} finds it.
 */
public record StayPeriod(long beneficiaryId, LocalDate admissionDate, LocalDate dischargeDate) {

	/** Whether the person was present on {@code date} (admitted, not yet discharged). */
	public boolean covers(LocalDate date) {
		return !this.admissionDate.isAfter(date) && (this.dischargeDate == null || !this.dischargeDate.isBefore(date));
	}

}
