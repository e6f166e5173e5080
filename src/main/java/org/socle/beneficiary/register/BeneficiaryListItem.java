package org.socle.beneficiary.register;

import java.time.LocalDate;

import org.socle.beneficiary.BeneficiaryCategory;
import org.socle.beneficiary.DischargeReason;
import org.socle.beneficiary.Sex;

/**
 * A line of an establishment's beneficiary list. For auditors and admins the names and
 * the legal-basis reference are null and only the pseudonym is set (no initials: with
 * age, sex and admission date they would re-identify people); for the manager, who sees
 * names, the pseudonym is null (its HMAC per row was a fifth of the list's controller
 * time).
 */
public record BeneficiaryListItem(long id, String name, String nameAr, String pseudonym, Sex sex, int age,
		BeneficiaryCategory category, LocalDate admissionDate, LocalDate dischargeDate, DischargeReason dischargeReason,
		boolean overCapacity, String legalBasisReference, boolean transferredOut, boolean anonymised) {

	public boolean isActive() {
		return this.dischargeDate == null;
	}

}
