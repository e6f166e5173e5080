package org.socle.beneficiary.register;

import java.time.Instant;
import java.time.LocalDate;

import org.socle.beneficiary.BeneficiaryCategory;
import org.socle.beneficiary.DischargeReason;
import org.socle.beneficiary.Sex;

/**
 * A beneficiary with their latest stay in one establishment ({@code establishmentId}; the
 * person's current one is {@code currentEstablishmentId}), as the list query reads it.
 */
record BeneficiaryRow(Long id, String lastName, String firstName, String lastNameAr, String firstNameAr, Sex sex,
		LocalDate birthDate, Integer birthYear, BeneficiaryCategory category, LocalDate admissionDate,
		LocalDate dischargeDate, DischargeReason dischargeReason, boolean overCapacity, String legalBasisReference,
		Long currentEstablishmentId, Instant anonymisedAt, Long establishmentId) {
}
