package org.socle.care.types;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a service type is, for the metrics: HEALTH_CHECK counts for HEALTH_CHECK_30D_RATE,
 * PSYCHOSOCIAL and SOCIO_EDUCATIONAL for PSYCHOSOCIAL_SUPPORT_RATE.
 */
public enum ServiceKind {

	ACCOMMODATION, FOOD, HEALTH_CHECK, PARAMEDICAL, PSYCHOSOCIAL, SOCIO_EDUCATIONAL, SCHOOLING, VOCATIONAL,
	FAMILY_REINTEGRATION, LEGAL, MEDICAL_REFERRAL, LEISURE, OTHER;

	/** Kinds of health data (sensitive under loi 09-08): never shown to auditors. */
	public static final Set<ServiceKind> HEALTH = EnumSet.of(HEALTH_CHECK, PARAMEDICAL, MEDICAL_REFERRAL, PSYCHOSOCIAL);

	/** Kinds counted by PSYCHOSOCIAL_SUPPORT_RATE. */
	public static final Set<ServiceKind> PSYCHOSOCIAL_SUPPORT = EnumSet.of(PSYCHOSOCIAL, SOCIO_EDUCATIONAL);

}
