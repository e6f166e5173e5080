package org.socle.care.plans;

import org.socle.shared.crypto.EncryptedColumn;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The care module's free text that speaks of a person's health (care plan goals and
 * actions, review summaries, service notes): stored encrypted, see docs/security.md.
 */
@Configuration(proxyBeanMethods = false)
class SensitiveCareColumns {

	@Bean
	EncryptedColumn carePlanGoals() {
		return new EncryptedColumn("care_plan", "goals");
	}

	@Bean
	EncryptedColumn carePlanActions() {
		return new EncryptedColumn("care_plan", "actions");
	}

	@Bean
	EncryptedColumn carePlanReviewSummary() {
		return new EncryptedColumn("care_plan_review", "summary");
	}

	@Bean
	EncryptedColumn careRecordNotes() {
		return new EncryptedColumn("care_record", "notes");
	}

}
