package org.socle.care;

import java.time.LocalDate;

import org.socle.care.plans.CarePlan;
import org.socle.care.plans.CarePlanRepository;
import org.socle.care.plans.CarePlanReview;
import org.socle.care.plans.CarePlanReviewRepository;
import org.socle.care.services.CareRecord;
import org.socle.care.services.CareRecordRepository;
import org.socle.care.types.ServiceTypeRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates services, care plans and reviews for tests. */
@Component
public class CareFixtures {

	private final ServiceTypeRepository types;

	private final CareRecordRepository records;

	private final CarePlanRepository plans;

	private final CarePlanReviewRepository reviews;

	CareFixtures(ServiceTypeRepository types, CareRecordRepository records, CarePlanRepository plans,
			CarePlanReviewRepository reviews) {
		this.types = types;
		this.records = records;
		this.plans = plans;
		this.reviews = reviews;
	}

	/** A service of the catalogue type {@code typeCode} (e.g. {@code HEALTH_CHECK}). */
	@Transactional
	public long service(long beneficiaryId, long establishmentId, String typeCode, LocalDate date) {
		long typeId = this.types.findByCode(typeCode).orElseThrow().getId();
		return this.records.save(new CareRecord(beneficiaryId, establishmentId, typeId, date, null, null)).getId();
	}

	/** A review of the beneficiary's care plan (created if missing). */
	@Transactional
	public long review(long beneficiaryId, long establishmentId, LocalDate date) {
		CarePlan plan = this.plans.findByBeneficiaryId(beneficiaryId).orElseGet(() -> {
			CarePlan created = new CarePlan(beneficiaryId);
			created.update("Objectifs", "Actions", date.plusMonths(6));
			return this.plans.save(created);
		});
		return this.reviews.save(new CarePlanReview(plan.getId(), establishmentId, date, null)).getId();
	}

}
