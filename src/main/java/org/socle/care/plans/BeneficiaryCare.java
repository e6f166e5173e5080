package org.socle.care.plans;

import java.time.LocalDate;
import java.util.List;

import org.socle.beneficiary.BeneficiaryRef;
import org.socle.care.services.ServiceItem;

/**
 * A beneficiary's care page: the plan, its reviews and the services. For auditors and
 * admins the plan's goals and actions, the review summaries, health services and notes
 * are left out (null or absent).
 */
public record BeneficiaryCare(BeneficiaryRef beneficiary, boolean editable, boolean hasPlan, String goals,
		String actions, LocalDate nextReviewDate, List<Review> reviews, List<ServiceItem> services) {

	public record Review(LocalDate reviewDate, String summary, String reviewedBy) {
	}

}
