package org.socle.beneficiary.register;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.socle.beneficiary.LegalBasis;
import org.socle.beneficiary.ReferralSource;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The admission of a stay, as typed in the forms that open one: a new beneficiary's
 * ({@link BeneficiaryForm}) and a re-admission or transfer ({@link NewStayForm}). The
 * version is the beneficiary record's, as read when the form was shown.
 */
public abstract class AdmissionForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate admissionDate;

	private ReferralSource referralSource;

	private LegalBasis legalBasis;

	@Size(max = 100)
	private String legalBasisReference;

	private boolean confirmOverCapacity;

	private long version;

	public LocalDate getAdmissionDate() {
		return this.admissionDate;
	}

	public void setAdmissionDate(LocalDate admissionDate) {
		this.admissionDate = admissionDate;
	}

	public ReferralSource getReferralSource() {
		return this.referralSource;
	}

	public void setReferralSource(ReferralSource referralSource) {
		this.referralSource = referralSource;
	}

	public LegalBasis getLegalBasis() {
		return this.legalBasis;
	}

	public void setLegalBasis(LegalBasis legalBasis) {
		this.legalBasis = legalBasis;
	}

	public String getLegalBasisReference() {
		return this.legalBasisReference;
	}

	public void setLegalBasisReference(String legalBasisReference) {
		this.legalBasisReference = legalBasisReference;
	}

	public boolean isConfirmOverCapacity() {
		return this.confirmOverCapacity;
	}

	public void setConfirmOverCapacity(boolean confirmOverCapacity) {
		this.confirmOverCapacity = confirmOverCapacity;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
