package org.socle.beneficiary;

import java.time.LocalDate;

import org.socle.beneficiary.register.Beneficiary;
import org.socle.beneficiary.register.BeneficiaryForm;
import org.socle.beneficiary.register.BeneficiaryRepository;
import org.socle.beneficiary.register.Stay;
import org.socle.beneficiary.register.StayRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates beneficiaries and stays for tests of any module, bypassing the service rules
 * (capacity, dates against today) so that a fixture can describe any history.
 */
@Component
public class BeneficiaryFixtures {

	private final BeneficiaryRepository beneficiaries;

	private final StayRepository stays;

	BeneficiaryFixtures(BeneficiaryRepository beneficiaries, StayRepository stays) {
		this.beneficiaries = beneficiaries;
		this.stays = stays;
	}

	/** A builder for a beneficiary admitted to {@code establishmentId}. */
	public Builder beneficiary(long establishmentId, String lastName) {
		return new Builder(establishmentId, lastName);
	}

	/**
	 * Adds a stay (e.g. a later one after a transfer) and moves the beneficiary there.
	 */
	@Transactional
	public long stay(long beneficiaryId, long establishmentId, LocalDate admission, LocalDate discharge,
			DischargeReason reason) {
		Stay stay = new Stay(beneficiaryId, establishmentId, false);
		stay.admission(admission, ReferralSource.OTHER_ESTABLISHMENT, LegalBasis.PLACEMENT_DECISION, null);
		if (discharge != null) {
			stay.discharge(discharge, reason);
		}
		Beneficiary beneficiary = this.beneficiaries.findById(beneficiaryId).orElseThrow();
		beneficiary.moveTo(establishmentId);
		return this.stays.save(stay).getId();
	}

	public final class Builder {

		private final long establishmentId;

		private final BeneficiaryForm form = new BeneficiaryForm();

		private LocalDate dischargeDate;

		private DischargeReason dischargeReason;

		Builder(long establishmentId, String lastName) {
			this.establishmentId = establishmentId;
			this.form.setLastName(lastName);
			this.form.setFirstName("Test");
			this.form.setSex(Sex.F);
			this.form.setBirthDate(LocalDate.of(2000, 1, 1));
			this.form.setCategory(BeneficiaryCategory.OTHER);
			this.form.setAdmissionDate(LocalDate.of(2024, 1, 1));
		}

		public Builder firstName(String firstName) {
			this.form.setFirstName(firstName);
			return this;
		}

		public Builder sex(Sex sex) {
			this.form.setSex(sex);
			return this;
		}

		public Builder arabicNames(String lastNameAr, String firstNameAr) {
			this.form.setLastNameAr(lastNameAr);
			this.form.setFirstNameAr(firstNameAr);
			return this;
		}

		public Builder born(LocalDate birthDate) {
			this.form.setBirthDate(birthDate);
			this.form.setBirthYear(null);
			return this;
		}

		public Builder bornAbout(int year) {
			this.form.setBirthDate(null);
			this.form.setBirthYear(year);
			return this;
		}

		public Builder category(BeneficiaryCategory category) {
			this.form.setCategory(category);
			return this;
		}

		public Builder cin(String cin) {
			this.form.setCin(cin);
			return this;
		}

		public Builder birthCertificate(String reference) {
			this.form.setBirthCertificateRef(reference);
			return this;
		}

		public Builder disability(DisabilityType type, boolean card, boolean support) {
			this.form.setDisabilityType(type);
			this.form.setDisabilityCard(card);
			this.form.setDisabilitySupport(support);
			return this;
		}

		public Builder consent(LocalDate date, ConsentGivenBy by) {
			this.form.setConsentDate(date);
			this.form.setConsentGivenBy(by);
			return this;
		}

		public Builder protection(HealthInsurance health, RsuStatus rsu, BenefitStatus familyAid, BenefitStatus pension,
				Schooling schooling) {
			this.form.setHealthInsurance(health);
			this.form.setRsuStatus(rsu);
			this.form.setFamilyAid(familyAid);
			this.form.setPension(pension);
			this.form.setSchooling(schooling);
			return this;
		}

		public Builder admitted(LocalDate date, ReferralSource referral, LegalBasis legalBasis) {
			this.form.setAdmissionDate(date);
			this.form.setReferralSource(referral);
			this.form.setLegalBasis(legalBasis);
			return this;
		}

		public Builder discharged(LocalDate date, DischargeReason reason) {
			this.dischargeDate = date;
			this.dischargeReason = reason;
			return this;
		}

		/** Saves the beneficiary and its stay; returns the beneficiary's id. */
		@Transactional
		public long create() {
			Beneficiary beneficiary = new Beneficiary(this.establishmentId);
			beneficiary.update(this.form);
			long id = BeneficiaryFixtures.this.beneficiaries.save(beneficiary).getId();
			Stay stay = new Stay(id, this.establishmentId, false);
			stay.admission(this.form.getAdmissionDate(), this.form.getReferralSource(), this.form.getLegalBasis(),
					this.form.getLegalBasisReference());
			if (this.dischargeDate != null) {
				stay.discharge(this.dischargeDate, this.dischargeReason);
			}
			BeneficiaryFixtures.this.stays.save(stay);
			return id;
		}

	}

}
