package org.socle.beneficiary;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A beneficiary with their latest stay in one establishment, as the list query reads it.
 */
record BeneficiaryRow(Long id, String lastName, String firstName, String lastNameAr, String firstNameAr, Sex sex,
		LocalDate birthDate, Integer birthYear, BeneficiaryCategory category, LocalDate admissionDate,
		LocalDate dischargeDate, DischargeReason dischargeReason, boolean overCapacity, String legalBasisReference,
		Long currentEstablishmentId, Instant anonymisedAt) {
}
