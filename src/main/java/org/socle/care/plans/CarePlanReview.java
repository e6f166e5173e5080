package org.socle.care.plans;

import java.time.LocalDate;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.socle.shared.AuditedEntity;
import org.socle.shared.crypto.EncryptedString;

/** A review of a care plan, by the establishment the beneficiary is in. */
@Entity
// only changed columns are written: an encrypted value that cannot be read stays as it is
@DynamicUpdate
@Table(name = "care_plan_review")
public class CarePlanReview extends AuditedEntity {

	private Long carePlanId;

	private Long establishmentId;

	private LocalDate reviewDate;

	@Convert(converter = EncryptedString.class)
	private String summary;

	protected CarePlanReview() {
	}

	public CarePlanReview(long carePlanId, long establishmentId, LocalDate reviewDate, String summary) {
		this.carePlanId = carePlanId;
		this.establishmentId = establishmentId;
		this.reviewDate = reviewDate;
		this.summary = summary;
	}

	LocalDate getReviewDate() {
		return this.reviewDate;
	}

	String getSummary() {
		return this.summary;
	}

}
