package org.socle.care.plans;

import java.time.LocalDate;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.socle.shared.AuditedEntity;
import org.socle.shared.crypto.EncryptedString;

/** The individual care plan of one beneficiary: goals, actions, next review date. */
@Entity
// only changed columns are written: an encrypted value that cannot be read stays as it is
@DynamicUpdate
@Table(name = "care_plan")
public class CarePlan extends AuditedEntity {

	private Long beneficiaryId;

	@Convert(converter = EncryptedString.class)
	private String goals;

	@Convert(converter = EncryptedString.class)
	private String actions;

	private LocalDate nextReviewDate;

	protected CarePlan() {
	}

	public CarePlan(long beneficiaryId) {
		this.beneficiaryId = beneficiaryId;
	}

	public void update(String goals, String actions, LocalDate nextReviewDate) {
		this.goals = goals;
		this.actions = actions;
		this.nextReviewDate = nextReviewDate;
	}

	String getGoals() {
		return this.goals;
	}

	String getActions() {
		return this.actions;
	}

	LocalDate getNextReviewDate() {
		return this.nextReviewDate;
	}

}
