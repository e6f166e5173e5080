package org.socle.beneficiary.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.socle.beneficiary.BeneficiaryCategory;
import org.socle.beneficiary.BenefitStatus;
import org.socle.beneficiary.ConsentGivenBy;
import org.socle.beneficiary.DisabilityType;
import org.socle.beneficiary.HealthInsurance;
import org.socle.beneficiary.RsuStatus;
import org.socle.beneficiary.Schooling;
import org.socle.beneficiary.Sex;

/**
 * A beneficiary's record as the current user may see it. When {@link #full()} is false
 * (auditors, admins) the identifying and sensitive fields are null: names, birth date,
 * identity references, disability; what remains is the pseudonym, sex, age, category,
 * consent recorded or not, social-protection statuses and the stays. The
 * {@code ...Unreadable} flags say that an encrypted value could not be decrypted (the
 * page says so in its place).
 */
public record BeneficiaryView(long id, long establishmentId, String establishmentName, boolean full, boolean editable,
		String pseudonym, String lastName, String firstName, String lastNameAr, String firstNameAr, Sex sex,
		LocalDate birthDate, Integer birthYear, int age, String cin, String birthCertificateRef,
		BeneficiaryCategory category, DisabilityType disabilityType, Boolean disabilityCard, Boolean disabilitySupport,
		boolean consentRecorded, LocalDate consentDate, ConsentGivenBy consentGivenBy, HealthInsurance healthInsurance,
		RsuStatus rsuStatus, BenefitStatus familyAid, BenefitStatus pension, Schooling schooling, Instant anonymisedAt,
		long version, boolean disabilityUnreadable, boolean healthInsuranceUnreadable, List<StayView> stays) {

	public boolean isActive() {
		return !this.stays.isEmpty() && this.stays.get(0).isActive();
	}

	public boolean isAnonymised() {
		return this.anonymisedAt != null;
	}

}
