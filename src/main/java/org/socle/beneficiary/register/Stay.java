package org.socle.beneficiary.register;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.socle.beneficiary.DischargeReason;
import org.socle.beneficiary.LegalBasis;
import org.socle.beneficiary.ReferralSource;
import org.socle.shared.AuditedEntity;

/**
 * One stay (admission to discharge) of a beneficiary in one establishment. Stays are
 * never deleted: they are the history metrics are computed from.
 */
@Entity
@Table(name = "beneficiary_stay")
public class Stay extends AuditedEntity {

	private Long beneficiaryId;

	private Long establishmentId;

	private LocalDate admissionDate;

	@Enumerated(EnumType.STRING)
	private ReferralSource referralSource;

	@Enumerated(EnumType.STRING)
	private LegalBasis legalBasis;

	private String legalBasisReference;

	private boolean overCapacity;

	private LocalDate dischargeDate;

	@Enumerated(EnumType.STRING)
	private DischargeReason dischargeReason;

	protected Stay() {
	}

	public Stay(long beneficiaryId, long establishmentId, boolean overCapacity) {
		this.beneficiaryId = beneficiaryId;
		this.establishmentId = establishmentId;
		this.overCapacity = overCapacity;
	}

	public void admission(LocalDate admissionDate, ReferralSource referralSource, LegalBasis legalBasis,
			String legalBasisReference) {
		this.admissionDate = admissionDate;
		this.referralSource = referralSource;
		this.legalBasis = legalBasis;
		this.legalBasisReference = legalBasisReference;
	}

	public void discharge(LocalDate dischargeDate, DischargeReason reason) {
		this.dischargeDate = dischargeDate;
		this.dischargeReason = reason;
	}

	Long getEstablishmentId() {
		return this.establishmentId;
	}

	LocalDate getAdmissionDate() {
		return this.admissionDate;
	}

	ReferralSource getReferralSource() {
		return this.referralSource;
	}

	LegalBasis getLegalBasis() {
		return this.legalBasis;
	}

	String getLegalBasisReference() {
		return this.legalBasisReference;
	}

	boolean isOverCapacity() {
		return this.overCapacity;
	}

	LocalDate getDischargeDate() {
		return this.dischargeDate;
	}

	DischargeReason getDischargeReason() {
		return this.dischargeReason;
	}

}
