package org.socle.beneficiary;

import java.util.Arrays;
import java.util.List;

import org.socle.shared.crypto.FieldEncryption;

/**
 * A person's disability and health cover: sensitive data (loi 09-08) stored encrypted,
 * with the few clear flags the database's aggregates need (see docs/security.md,
 * "Encryption at rest"). Card and support count only with a disability type.
 */
public record HealthDetails(DisabilityType disabilityType, boolean disabilityCard, boolean disabilitySupport,
		HealthInsurance healthInsurance) {

	/**
	 * The beneficiary's columns {@link #columnValues} fills, for bulk inserts: the
	 * encrypted values, then the clear flags.
	 */
	public static final List<String> COLUMNS = List.of("disability_type", "disability_card", "disability_support",
			"health_insurance", "has_disability", "disability_supported", "has_health_cover", "health_cover_known");

	public HealthDetails {
		disabilityCard = disabilityCard && disabilityType != null;
		disabilitySupport = disabilitySupport && disabilityType != null;
		healthInsurance = (healthInsurance != null) ? healthInsurance : HealthInsurance.UNKNOWN;
	}

	public boolean hasDisability() {
		return this.disabilityType != null;
	}

	/** A card or support recorded for the disability (DISABILITY_SUPPORT_RATE). */
	public boolean disabilitySupported() {
		return this.disabilityCard || this.disabilitySupport;
	}

	/** AMO or another insurance (HEALTH_COVER_RATE). */
	public boolean hasHealthCover() {
		return this.healthInsurance == HealthInsurance.AMO || this.healthInsurance == HealthInsurance.OTHER;
	}

	/** Whether the cover is known (REGISTER_COMPLETENESS_RATE). */
	public boolean healthCoverKnown() {
		return this.healthInsurance != HealthInsurance.UNKNOWN;
	}

	/**
	 * A bulk insert's row followed by the values of {@link #COLUMNS}, the first four
	 * encrypted.
	 */
	public Object[] appendTo(Object[] row, FieldEncryption encryption) {
		Object[] values = { encryption.encrypt((this.disabilityType != null) ? this.disabilityType.name() : null),
				encryption.encrypt(hasDisability() ? Boolean.toString(this.disabilityCard) : null),
				encryption.encrypt(hasDisability() ? Boolean.toString(this.disabilitySupport) : null),
				encryption.encrypt(this.healthInsurance.name()), hasDisability(), disabilitySupported(),
				hasHealthCover(), healthCoverKnown() };
		Object[] all = Arrays.copyOf(row, row.length + values.length);
		System.arraycopy(values, 0, all, row.length, values.length);
		return all;
	}

}
