package org.socle.standard;

/**
 * The metrics Socle computes from an establishment's own records (docs/standard-format.md
 * §3.4). The list is closed: a new key needs a new computation in the assessment module.
 */
public enum MetricKey {

	/** Active beneficiaries / authorised capacity × 100. */
	OCCUPANCY_RATE(MetricUnit.PERCENT),

	/** Active beneficiaries whose identity, admission basis and consent are filled. */
	COMPLETE_FILE_RATE(MetricUnit.PERCENT),

	/** Active beneficiaries with health insurance status = covered. */
	HEALTH_COVER_RATE(MetricUnit.PERCENT),

	/** Admitted in the last 12 months with a health check within 30 days of admission. */
	HEALTH_CHECK_30D_RATE(MetricUnit.PERCENT),

	/** Active beneficiaries aged 6–15 enrolled in school. */
	SCHOOL_ENROLMENT_RATE(MetricUnit.PERCENT),

	/** Active beneficiaries under 18 with a birth-certificate reference. */
	CIVIL_REGISTRATION_RATE(MetricUnit.PERCENT),

	/** Active beneficiaries under 18 whose family or direct social aid is received. */
	FAMILY_AID_RATE(MetricUnit.PERCENT),

	/** Active beneficiaries aged 60+ receiving a pension or old-age allowance. */
	PENSION_RATE(MetricUnit.PERCENT),

	/** Active beneficiaries with a disability holding a card or receiving support. */
	DISABILITY_SUPPORT_RATE(MetricUnit.PERCENT),

	/** Discharges in the last 12 months to family, autonomy or employment. */
	POSITIVE_DISCHARGE_RATE(MetricUnit.PERCENT),

	/** Active beneficiaries registered in the unified social register. */
	RSU_RATE(MetricUnit.PERCENT),

	/** Active beneficiaries with a care plan reviewed within 183 days. */
	CARE_PLAN_REVIEWED_RATE(MetricUnit.PERCENT),

	/** Active beneficiaries with psychosocial or socio-educational support in 90 days. */
	PSYCHOSOCIAL_SUPPORT_RATE(MetricUnit.PERCENT),

	/** Active beneficiaries / active staff with a care qualification. */
	STAFF_RATIO(MetricUnit.RATIO),

	/** Active beneficiaries with consent to data processing recorded. */
	CONSENT_RATE(MetricUnit.PERCENT),

	/** Filled required fields / required fields over active beneficiaries × 100. */
	REGISTER_COMPLETENESS_RATE(MetricUnit.PERCENT),

	/** Actions of the previous validated assessment due and completed on time. */
	ACTION_PLAN_ON_TIME_RATE(MetricUnit.PERCENT);

	private final MetricUnit unit;

	MetricKey(MetricUnit unit) {
		this.unit = unit;
	}

	/** The unit the computed value is expressed in. */
	public MetricUnit unit() {
		return this.unit;
	}

}
