package org.socle.beneficiary.register;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.socle.beneficiary.BeneficiaryCategory;
import org.socle.beneficiary.BenefitStatus;
import org.socle.beneficiary.ConsentGivenBy;
import org.socle.beneficiary.DisabilityType;
import org.socle.beneficiary.HealthDetails;
import org.socle.beneficiary.HealthInsurance;
import org.socle.beneficiary.RsuStatus;
import org.socle.beneficiary.Schooling;
import org.socle.beneficiary.Sex;
import org.socle.shared.AuditedEntity;
import org.socle.shared.crypto.EncryptedString;
import org.socle.shared.crypto.FieldEncryption;

/**
 * A person taken in by an establishment. Personal data (loi 09-08); disability details
 * and health cover are sensitive data, stored encrypted with clear flags for the
 * database's aggregates ({@link HealthDetails}). {@code establishmentId} is the
 * establishment of the latest stay. Only changed columns are written, so that a value
 * that cannot be decrypted is kept as it is while the rest of the record is edited.
 */
@Entity
@DynamicUpdate
@Table(name = "beneficiary")
public class Beneficiary extends AuditedEntity {

	private Long establishmentId;

	private String lastName;

	private String firstName;

	private String lastNameAr;

	private String firstNameAr;

	@Enumerated(EnumType.STRING)
	private Sex sex;

	private LocalDate birthDate;

	private Integer birthYear;

	private String cin;

	private String birthCertificateRef;

	@Enumerated(EnumType.STRING)
	private BeneficiaryCategory category;

	/** A {@link DisabilityType} name, encrypted. */
	@Convert(converter = EncryptedString.class)
	private String disabilityType;

	/** "true" or "false" with a disability type, else null; encrypted. */
	@Convert(converter = EncryptedString.class)
	private String disabilityCard;

	/** "true" or "false" with a disability type, else null; encrypted. */
	@Convert(converter = EncryptedString.class)
	private String disabilitySupport;

	private LocalDate consentDate;

	@Enumerated(EnumType.STRING)
	private ConsentGivenBy consentGivenBy;

	/** A {@link HealthInsurance} name, encrypted. */
	@Convert(converter = EncryptedString.class)
	private String healthInsurance = HealthInsurance.UNKNOWN.name();

	private boolean hasDisability;

	private boolean disabilitySupported;

	private boolean hasHealthCover;

	private boolean healthCoverKnown;

	@Enumerated(EnumType.STRING)
	private RsuStatus rsuStatus = RsuStatus.UNKNOWN;

	@Enumerated(EnumType.STRING)
	private BenefitStatus familyAid = BenefitStatus.UNKNOWN;

	@Enumerated(EnumType.STRING)
	private BenefitStatus pension = BenefitStatus.UNKNOWN;

	@Enumerated(EnumType.STRING)
	private Schooling schooling;

	private Instant anonymisedAt;

	protected Beneficiary() {
	}

	public Beneficiary(long establishmentId) {
		this.establishmentId = establishmentId;
	}

	/**
	 * Copies the person's fields from the form; returns the names of the fields that
	 * changed (for the access log, never their values).
	 */
	public List<String> update(BeneficiaryForm form) {
		List<String> changed = new ArrayList<>();
		this.lastName = track(changed, "lastName", this.lastName, form.getLastName());
		this.firstName = track(changed, "firstName", this.firstName, form.getFirstName());
		this.lastNameAr = track(changed, "lastNameAr", this.lastNameAr, form.getLastNameAr());
		this.firstNameAr = track(changed, "firstNameAr", this.firstNameAr, form.getFirstNameAr());
		this.sex = track(changed, "sex", this.sex, form.getSex());
		this.birthDate = track(changed, "birthDate", this.birthDate, form.getBirthDate());
		Integer year = (form.getBirthDate() != null) ? Integer.valueOf(form.getBirthDate().getYear())
				: form.getBirthYear();
		this.birthYear = track(changed, "birthYear", this.birthYear, year);
		this.cin = track(changed, "cin", this.cin, form.getCin());
		this.birthCertificateRef = track(changed, "birthCertificateRef", this.birthCertificateRef,
				form.getBirthCertificateRef());
		this.category = track(changed, "category", this.category, form.getCategory());
		updateHealth(changed, new HealthDetails(form.getDisabilityType(), form.isDisabilityCard(),
				form.isDisabilitySupport(), form.getHealthInsurance()));
		this.consentDate = track(changed, "consentDate", this.consentDate, form.getConsentDate());
		this.consentGivenBy = track(changed, "consentGivenBy", this.consentGivenBy,
				(form.getConsentDate() != null) ? form.getConsentGivenBy() : null);
		this.rsuStatus = track(changed, "rsuStatus", this.rsuStatus, form.getRsuStatus());
		this.familyAid = track(changed, "familyAid", this.familyAid, form.getFamilyAid());
		this.pension = track(changed, "pension", this.pension, form.getPension());
		this.schooling = track(changed, "schooling", this.schooling, form.getSchooling());
		return changed;
	}

	/**
	 * Writes the health details and their flags only when one of them changed: an
	 * unchanged unreadable value stays as it is.
	 */
	private void updateHealth(List<String> changed, HealthDetails after) {
		HealthDetails before = health();
		track(changed, "disabilityType", before.disabilityType(), after.disabilityType());
		track(changed, "disabilityCard", before.disabilityCard(), after.disabilityCard());
		track(changed, "disabilitySupport", before.disabilitySupport(), after.disabilitySupport());
		track(changed, "healthInsurance", before.healthInsurance(), after.healthInsurance());
		if (after.equals(before)) {
			return;
		}
		this.disabilityType = (after.disabilityType() != null) ? after.disabilityType().name() : null;
		this.disabilityCard = after.hasDisability() ? Boolean.toString(after.disabilityCard()) : null;
		this.disabilitySupport = after.hasDisability() ? Boolean.toString(after.disabilitySupport()) : null;
		this.healthInsurance = after.healthInsurance().name();
		this.hasDisability = after.hasDisability();
		this.disabilitySupported = after.disabilitySupported();
		this.hasHealthCover = after.hasHealthCover();
		this.healthCoverKnown = after.healthCoverKnown();
	}

	/**
	 * The health details as far as they can be read (an unreadable value counts as
	 * unknown).
	 */
	HealthDetails health() {
		return new HealthDetails(readable(this.disabilityType) ? DisabilityType.valueOf(this.disabilityType) : null,
				Boolean.parseBoolean(readable(this.disabilityCard) ? this.disabilityCard : null),
				Boolean.parseBoolean(readable(this.disabilitySupport) ? this.disabilitySupport : null),
				readable(this.healthInsurance) ? HealthInsurance.valueOf(this.healthInsurance)
						: HealthInsurance.UNKNOWN);
	}

	private static boolean readable(String value) {
		return value != null && !FieldEncryption.isUnreadable(value);
	}

	/** Whether a disability detail could not be decrypted (see docs/security.md). */
	public boolean isDisabilityUnreadable() {
		return FieldEncryption.isUnreadable(this.disabilityType) || FieldEncryption.isUnreadable(this.disabilityCard)
				|| FieldEncryption.isUnreadable(this.disabilitySupport);
	}

	/** Whether the health cover could not be decrypted (see docs/security.md). */
	public boolean isHealthInsuranceUnreadable() {
		return FieldEncryption.isUnreadable(this.healthInsurance);
	}

	private static <T> T track(List<String> changed, String field, T before, T after) {
		if (!Objects.equals(before, after)) {
			changed.add(field);
		}
		return after;
	}

	void fillForm(BeneficiaryForm form) {
		form.setLastName(this.lastName);
		form.setFirstName(this.firstName);
		form.setLastNameAr(this.lastNameAr);
		form.setFirstNameAr(this.firstNameAr);
		form.setSex(this.sex);
		form.setBirthDate(this.birthDate);
		form.setBirthYear((this.birthDate == null) ? this.birthYear : null);
		form.setCin(this.cin);
		form.setBirthCertificateRef(this.birthCertificateRef);
		form.setCategory(this.category);
		HealthDetails health = health();
		form.setDisabilityType(health.disabilityType());
		form.setDisabilityCard(health.disabilityCard());
		form.setDisabilitySupport(health.disabilitySupport());
		form.setConsentDate(this.consentDate);
		form.setConsentGivenBy(this.consentGivenBy);
		form.setHealthInsurance(health.healthInsurance());
		form.setRsuStatus(this.rsuStatus);
		form.setFamilyAid(this.familyAid);
		form.setPension(this.pension);
		form.setSchooling(this.schooling);
		form.setVersion(getVersion());
	}

	public void moveTo(long establishmentId) {
		this.establishmentId = establishmentId;
	}

	public Long getEstablishmentId() {
		return this.establishmentId;
	}

	public String getLastName() {
		return this.lastName;
	}

	public String getFirstName() {
		return this.firstName;
	}

	public String getLastNameAr() {
		return this.lastNameAr;
	}

	public String getFirstNameAr() {
		return this.firstNameAr;
	}

	public Sex getSex() {
		return this.sex;
	}

	public LocalDate getBirthDate() {
		return this.birthDate;
	}

	public Integer getBirthYear() {
		return this.birthYear;
	}

	public String getCin() {
		return this.cin;
	}

	public String getBirthCertificateRef() {
		return this.birthCertificateRef;
	}

	public BeneficiaryCategory getCategory() {
		return this.category;
	}

	public DisabilityType getDisabilityType() {
		return health().disabilityType();
	}

	public boolean isDisabilityCard() {
		return health().disabilityCard();
	}

	public boolean isDisabilitySupport() {
		return health().disabilitySupport();
	}

	public LocalDate getConsentDate() {
		return this.consentDate;
	}

	public ConsentGivenBy getConsentGivenBy() {
		return this.consentGivenBy;
	}

	public HealthInsurance getHealthInsurance() {
		return health().healthInsurance();
	}

	public RsuStatus getRsuStatus() {
		return this.rsuStatus;
	}

	public BenefitStatus getFamilyAid() {
		return this.familyAid;
	}

	public BenefitStatus getPension() {
		return this.pension;
	}

	public Schooling getSchooling() {
		return this.schooling;
	}

	public Instant getAnonymisedAt() {
		return this.anonymisedAt;
	}

	/** Age in whole years at {@code date}: exact from the birth date, else by years. */
	int ageAt(LocalDate date) {
		if (this.birthDate != null) {
			return Period.between(this.birthDate, date).getYears();
		}
		return date.getYear() - this.birthYear;
	}

}
