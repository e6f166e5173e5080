package org.socle.beneficiary;

import java.util.EnumSet;
import java.util.Set;

/**
 * Why a stay ended. Family reintegration, autonomy and employment are the positive
 * outcomes of metric POSITIVE_DISCHARGE_RATE.
 */
public enum DischargeReason {

	FAMILY_REINTEGRATION, AUTONOMY, EMPLOYMENT, TRANSFER, DEATH, OTHER;

	public static final Set<DischargeReason> POSITIVE = EnumSet.of(FAMILY_REINTEGRATION, AUTONOMY, EMPLOYMENT);

}
