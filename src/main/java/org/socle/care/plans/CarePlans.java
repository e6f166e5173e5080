package org.socle.care.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.socle.beneficiary.AccessAction;
import org.socle.beneficiary.BeneficiaryAccess;
import org.socle.beneficiary.BeneficiaryRef;
import org.socle.care.services.ServiceItem;
import org.socle.care.services.ServiceRecords;
import org.socle.establishment.EstablishmentAccess;
import org.socle.shared.NotFoundException;
import org.socle.shared.crypto.FieldEncryption;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * A beneficiary's care page: the individual care plan, its reviews and the services.
 * Managers write the plan of the beneficiaries of their establishments; auditors and
 * admins see neither the plan's content nor the review summaries.
 */
@Service
@Transactional(readOnly = true)
class CarePlans {

	private final BeneficiaryAccess beneficiaries;

	private final EstablishmentAccess establishments;

	private final CarePlanRepository plans;

	private final CarePlanReviewRepository reviews;

	private final ServiceRecords services;

	private final Clock clock;

	CarePlans(BeneficiaryAccess beneficiaries, EstablishmentAccess establishments, CarePlanRepository plans,
			CarePlanReviewRepository reviews, ServiceRecords services, Clock clock) {
		this.beneficiaries = beneficiaries;
		this.establishments = establishments;
		this.plans = plans;
		this.reviews = reviews;
		this.services = services;
		this.clock = clock;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The care page of a beneficiary; logs the opening (VIEW, care). */
	@Transactional
	BeneficiaryCare care(long beneficiaryId) {
		BeneficiaryRef ref = this.beneficiaries.requireReadable(beneficiaryId);
		this.beneficiaries.log(beneficiaryId, AccessAction.VIEW, "care");
		boolean full = ref.full();
		boolean editable = full && ref.active() && this.establishments.canEditReadable();
		CarePlan plan = this.plans.findByBeneficiaryId(beneficiaryId).orElse(null);
		List<BeneficiaryCare.Review> reviewList = (plan == null) ? List.of() : this.reviews
			.findByCarePlanIdOrderByReviewDateDescIdDesc(plan.getId())
			.stream()
			.map(r -> new BeneficiaryCare.Review(r.getReviewDate(), full ? r.getSummary() : null, r.getCreatedBy()))
			.toList();
		List<ServiceItem> services = this.services.ofBeneficiary(ref);
		return new BeneficiaryCare(ref, editable, plan != null, (plan != null && full) ? plan.getGoals() : null,
				(plan != null && full) ? plan.getActions() : null, (plan != null) ? plan.getNextReviewDate() : null,
				reviewList, services);
	}

	/**
	 * Refuses a user who may not change the person's care plan, before a form's errors
	 * are shown to them.
	 */
	void requireEditable(long beneficiaryId) {
		this.beneficiaries.requireEditable(beneficiaryId);
	}

	CarePlanForm planForm(long beneficiaryId) {
		this.beneficiaries.requireEditable(beneficiaryId);
		CarePlanForm form = new CarePlanForm();
		this.plans.findByBeneficiaryId(beneficiaryId).ifPresent(plan -> {
			// text that cannot be decrypted is not put in the form: whoever saves retypes
			// it
			form.setGoals(FieldEncryption.isUnreadable(plan.getGoals()) ? null : plan.getGoals());
			form.setActions(FieldEncryption.isUnreadable(plan.getActions()) ? null : plan.getActions());
			form.setNextReviewDate(plan.getNextReviewDate());
			form.setVersion(plan.getVersion());
		});
		return form;
	}

	/** An empty review, dated today. */
	ReviewForm reviewForm() {
		ReviewForm review = new ReviewForm();
		review.setReviewDate(today());
		return review;
	}

	@Transactional
	void savePlan(long beneficiaryId, CarePlanForm form) {
		this.beneficiaries.requireEditable(beneficiaryId);
		CarePlan plan = this.plans.findByBeneficiaryId(beneficiaryId).orElse(null);
		if (plan == null) {
			plan = new CarePlan(beneficiaryId);
		}
		else {
			plan.checkVersion(form.getVersion());
		}
		plan.update(form.getGoals(), form.getActions(), form.getNextReviewDate());
		this.plans.save(plan);
		this.beneficiaries.log(beneficiaryId, AccessAction.UPDATE, "carePlan");
	}

	/** Adds a review of the existing plan, by the beneficiary's current establishment. */
	@Transactional
	boolean addReview(long beneficiaryId, ReviewForm form, Errors errors) {
		BeneficiaryRef ref = this.beneficiaries.requireEditable(beneficiaryId);
		CarePlan plan = this.plans.findByBeneficiaryId(beneficiaryId)
			.orElseThrow(() -> new NotFoundException("Care plan of beneficiary", beneficiaryId));
		if (form.getReviewDate() != null && form.getReviewDate().isAfter(today())) {
			errors.rejectValue("reviewDate", "care.futureDate");
		}
		if (errors.hasErrors()) {
			return false;
		}
		this.reviews
			.save(new CarePlanReview(plan.getId(), ref.establishmentId(), form.getReviewDate(), form.getSummary()));
		if (form.getNextReviewDate() != null) {
			plan.update(plan.getGoals(), plan.getActions(), form.getNextReviewDate());
		}
		this.beneficiaries.log(beneficiaryId, AccessAction.UPDATE, "carePlanReview");
		return true;
	}

}
