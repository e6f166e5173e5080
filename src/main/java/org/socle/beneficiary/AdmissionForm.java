package org.socle.beneficiary;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new stay: a re-admission after a discharge, or a transfer (the current stay ends on
 * the admission date with reason TRANSFER).
 */
public class AdmissionForm {

	@NotNull
	private Long establishmentId;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate admissionDate;

	private ReferralSource referralSource;

	private LegalBasis legalBasis;

	@Size(max = 100)
	private String legalBasisReference;

	private boolean confirmOverCapacity;

	private long version;

	public Long getEstablishmentId() {
		return this.establishmentId;
	}

	public void setEstablishmentId(Long establishmentId) {
		this.establishmentId = establishmentId;
	}

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
