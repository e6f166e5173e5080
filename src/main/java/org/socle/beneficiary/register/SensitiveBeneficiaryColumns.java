package org.socle.beneficiary.register;

import org.socle.shared.crypto.EncryptedColumn;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A beneficiary's disability and health cover: stored encrypted, with clear flags for the
 * aggregates (V78, {@link org.socle.beneficiary.HealthDetails}), see docs/security.md.
 */
@Configuration(proxyBeanMethods = false)
class SensitiveBeneficiaryColumns {

	@Bean
	EncryptedColumn beneficiaryDisabilityType() {
		return new EncryptedColumn("beneficiary", "disability_type");
	}

	@Bean
	EncryptedColumn beneficiaryDisabilityCard() {
		return new EncryptedColumn("beneficiary", "disability_card");
	}

	@Bean
	EncryptedColumn beneficiaryDisabilitySupport() {
		return new EncryptedColumn("beneficiary", "disability_support");
	}

	@Bean
	EncryptedColumn beneficiaryHealthInsurance() {
		return new EncryptedColumn("beneficiary", "health_insurance");
	}

}
