package org.socle.beneficiary.register;

/** A beneficiary's Latin names, read for an export's batch. */
public record BeneficiaryName(Long id, String lastName, String firstName) {

	/** "Last First", as the lists show it to managers. */
	public String fullName() {
		return this.lastName + " " + this.firstName;
	}

}
