package org.socle.beneficiary.register;

import java.time.LocalDate;

import org.springframework.validation.Errors;

/**
 * The cross-field rules of a beneficiary form or import row, beyond Bean Validation: a
 * birth date or an estimated year; nothing in the future; consent with who gave it and
 * not before birth; admission not before birth; disability details only with a type.
 */
public final class BeneficiaryRules {

	static final String FUTURE = "beneficiary.futureDate";

	private BeneficiaryRules() {
	}

	public static void validate(BeneficiaryForm form, LocalDate today, Errors errors) {
		LocalDate birth = form.getBirthDate();
		if (birth == null && form.getBirthYear() == null && !errors.hasFieldErrors("birthDate")
				&& !errors.hasFieldErrors("birthYear")) {
			errors.rejectValue("birthDate", "beneficiary.birthRequired");
		}
		if (birth != null && birth.isAfter(today)) {
			errors.rejectValue("birthDate", FUTURE);
		}
		if (birth == null && form.getBirthYear() != null && form.getBirthYear() > today.getYear()
				&& !errors.hasFieldErrors("birthYear")) {
			errors.rejectValue("birthYear", FUTURE);
		}
		LocalDate earliest = (birth != null) ? birth
				: (form.getBirthYear() != null) ? LocalDate.of(form.getBirthYear(), 1, 1) : null;
		if (form.getConsentDate() != null) {
			if (form.getConsentGivenBy() == null) {
				errors.rejectValue("consentGivenBy", "beneficiary.consentGivenByRequired");
			}
			if (form.getConsentDate().isAfter(today)) {
				errors.rejectValue("consentDate", FUTURE);
			}
			else if (earliest != null && form.getConsentDate().isBefore(earliest)) {
				errors.rejectValue("consentDate", "beneficiary.beforeBirth");
			}
		}
		else if (form.getConsentGivenBy() != null && !errors.hasFieldErrors("consentDate")) {
			errors.rejectValue("consentDate", "beneficiary.consentDateRequired");
		}
		LocalDate admission = form.getAdmissionDate();
		if (admission != null) {
			if (admission.isAfter(today)) {
				errors.rejectValue("admissionDate", FUTURE);
			}
			else if (earliest != null && admission.isBefore(earliest)) {
				errors.rejectValue("admissionDate", "beneficiary.beforeBirth");
			}
		}
		if (form.getDisabilityType() == null && (form.isDisabilityCard() || form.isDisabilitySupport())) {
			errors.rejectValue("disabilityType", "beneficiary.disabilityTypeRequired");
		}
	}

}
