package org.socle.beneficiary.register;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.socle.beneficiary.BeneficiaryCategory;
import org.socle.beneficiary.BenefitStatus;
import org.socle.beneficiary.ConsentGivenBy;
import org.socle.beneficiary.DisabilityType;
import org.socle.beneficiary.HealthInsurance;
import org.socle.beneficiary.RsuStatus;
import org.socle.beneficiary.Schooling;
import org.socle.beneficiary.Sex;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A beneficiary and the admission of their current stay, as typed in the create and edit
 * forms and read from an import row. Cross-field rules (birth, consent, dates against
 * today) are checked by {@link BeneficiaryRules}.
 */
public class BeneficiaryForm extends AdmissionForm {

	/** Latin script: letters, combining marks, spaces, apostrophes, dots and hyphens. */
	public static final String LATIN_NAME = "^\\p{IsLatin}[\\p{IsLatin}\\p{M} '’.-]*$";

	/** Arabic script, same punctuation. */
	public static final String ARABIC_NAME = "^\\p{IsArabic}[\\p{IsArabic}\\p{M} '’.-]*$";

	/** Moroccan national identity card: one or two letters and up to seven digits. */
	public static final String CIN = "^[A-Z]{1,2}[0-9]{1,7}$";

	/** Birth-certificate (acte de naissance) reference, e.g. {@code 1234/2012}. */
	public static final String BIRTH_CERTIFICATE = "^[0-9A-Za-z][0-9A-Za-z/ .-]{0,29}$";

	@NotBlank
	@Size(max = 100)
	@Pattern(regexp = LATIN_NAME)
	private String lastName;

	@NotBlank
	@Size(max = 100)
	@Pattern(regexp = LATIN_NAME)
	private String firstName;

	@Size(max = 100)
	@Pattern(regexp = ARABIC_NAME)
	private String lastNameAr;

	@Size(max = 100)
	@Pattern(regexp = ARABIC_NAME)
	private String firstNameAr;

	@NotNull
	private Sex sex;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate birthDate;

	@Min(1900)
	@Max(2100)
	private Integer birthYear;

	@Pattern(regexp = CIN)
	private String cin;

	@Pattern(regexp = BIRTH_CERTIFICATE)
	private String birthCertificateRef;

	@NotNull
	private BeneficiaryCategory category;

	private DisabilityType disabilityType;

	private boolean disabilityCard;

	private boolean disabilitySupport;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate consentDate;

	private ConsentGivenBy consentGivenBy;

	@NotNull
	private HealthInsurance healthInsurance = HealthInsurance.UNKNOWN;

	@NotNull
	private RsuStatus rsuStatus = RsuStatus.UNKNOWN;

	@NotNull
	private BenefitStatus familyAid = BenefitStatus.UNKNOWN;

	@NotNull
	private BenefitStatus pension = BenefitStatus.UNKNOWN;

	private Schooling schooling;

	public String getLastName() {
		return this.lastName;
	}

	public void setLastName(String lastName) {
		this.lastName = lastName;
	}

	public String getFirstName() {
		return this.firstName;
	}

	public void setFirstName(String firstName) {
		this.firstName = firstName;
	}

	public String getLastNameAr() {
		return this.lastNameAr;
	}

	public void setLastNameAr(String lastNameAr) {
		this.lastNameAr = lastNameAr;
	}

	public String getFirstNameAr() {
		return this.firstNameAr;
	}

	public void setFirstNameAr(String firstNameAr) {
		this.firstNameAr = firstNameAr;
	}

	public Sex getSex() {
		return this.sex;
	}

	public void setSex(Sex sex) {
		this.sex = sex;
	}

	public LocalDate getBirthDate() {
		return this.birthDate;
	}

	public void setBirthDate(LocalDate birthDate) {
		this.birthDate = birthDate;
	}

	public Integer getBirthYear() {
		return this.birthYear;
	}

	public void setBirthYear(Integer birthYear) {
		this.birthYear = birthYear;
	}

	public String getCin() {
		return this.cin;
	}

	/** Stored upper-case without spaces ({@code ab 12345} becomes {@code AB12345}). */
	public void setCin(String cin) {
		this.cin = (cin != null) ? cin.replace(" ", "").toUpperCase(Locale.ROOT) : null;
	}

	public String getBirthCertificateRef() {
		return this.birthCertificateRef;
	}

	public void setBirthCertificateRef(String birthCertificateRef) {
		this.birthCertificateRef = birthCertificateRef;
	}

	public BeneficiaryCategory getCategory() {
		return this.category;
	}

	public void setCategory(BeneficiaryCategory category) {
		this.category = category;
	}

	public DisabilityType getDisabilityType() {
		return this.disabilityType;
	}

	public void setDisabilityType(DisabilityType disabilityType) {
		this.disabilityType = disabilityType;
	}

	public boolean isDisabilityCard() {
		return this.disabilityCard;
	}

	public void setDisabilityCard(boolean disabilityCard) {
		this.disabilityCard = disabilityCard;
	}

	public boolean isDisabilitySupport() {
		return this.disabilitySupport;
	}

	public void setDisabilitySupport(boolean disabilitySupport) {
		this.disabilitySupport = disabilitySupport;
	}

	public LocalDate getConsentDate() {
		return this.consentDate;
	}

	public void setConsentDate(LocalDate consentDate) {
		this.consentDate = consentDate;
	}

	public ConsentGivenBy getConsentGivenBy() {
		return this.consentGivenBy;
	}

	public void setConsentGivenBy(ConsentGivenBy consentGivenBy) {
		this.consentGivenBy = consentGivenBy;
	}

	public HealthInsurance getHealthInsurance() {
		return this.healthInsurance;
	}

	public void setHealthInsurance(HealthInsurance healthInsurance) {
		this.healthInsurance = healthInsurance;
	}

	public RsuStatus getRsuStatus() {
		return this.rsuStatus;
	}

	public void setRsuStatus(RsuStatus rsuStatus) {
		this.rsuStatus = rsuStatus;
	}

	public BenefitStatus getFamilyAid() {
		return this.familyAid;
	}

	public void setFamilyAid(BenefitStatus familyAid) {
		this.familyAid = familyAid;
	}

	public BenefitStatus getPension() {
		return this.pension;
	}

	public void setPension(BenefitStatus pension) {
		this.pension = pension;
	}

	public Schooling getSchooling() {
		return this.schooling;
	}

	public void setSchooling(Schooling schooling) {
		this.schooling = schooling;
	}

}
