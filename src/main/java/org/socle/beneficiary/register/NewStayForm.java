package org.socle.beneficiary.register;

import jakarta.validation.constraints.NotNull;

/**
 * A new stay: a re-admission after a discharge, or a transfer (the current stay ends on
 * the admission date with reason TRANSFER), into the chosen establishment.
 */
public class NewStayForm extends AdmissionForm {

	@NotNull
	private Long establishmentId;

	public Long getEstablishmentId() {
		return this.establishmentId;
	}

	public void setEstablishmentId(Long establishmentId) {
		this.establishmentId = establishmentId;
	}

}
