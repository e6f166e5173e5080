package org.socle.beneficiary.register;

import java.time.LocalDate;

import org.socle.beneficiary.DischargeReason;
import org.socle.beneficiary.LegalBasis;
import org.socle.beneficiary.ReferralSource;

/**
 * One stay of a beneficiary, for the record page and the export. The establishment name
 * is null when the current user may not read that establishment; the legal-basis
 * reference is null for auditors and admins.
 */
public record StayView(long id, long establishmentId, String establishmentName, LocalDate admissionDate,
		ReferralSource referralSource, LegalBasis legalBasis, String legalBasisReference, boolean overCapacity,
		LocalDate dischargeDate, DischargeReason dischargeReason) {

	public boolean isActive() {
		return this.dischargeDate == null;
	}

}
