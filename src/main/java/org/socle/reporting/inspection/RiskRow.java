package org.socle.reporting.inspection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.socle.establishment.Category;

/**
 * One establishment of the plan: its risk score, the reasons behind it (factors that
 * apply, most points first, each with the points it adds), the figures they were judged
 * on, and its planned visit.
 *
 * @param reasons the factors that apply, most points first
 * @param capacity authorised places, null when not recorded
 * @param daysOverCapacity days over capacity in the 365 up to today
 * @param score latest validated score (shown, one decimal), null when never assessed
 * @param previousScore the previous validated assessment's score (shown)
 * @param staffNow care-qualified staff in post today; {@code staffThen} 12 months ago
 * @param activeThen beneficiaries present 12 months ago
 * @param coverNow share (%) of today's beneficiaries with a health cover
 * @param coverThen share (%) recorded by the assessment dated {@code coverThenOn}
 * @param openContradictions contradictions of the latest submitted assessment not
 * corrected
 * @param visit the planned visit, or else the latest done, null when neither
 */
record RiskRow(long establishmentId, String nameFr, String nameAr, String regionCode, Category category, int riskScore,
		List<Reason> reasons, LocalDate authorisationExpiry, long active, Integer capacity, long daysOverCapacity,
		Long assessmentId, BigDecimal score, BigDecimal previousScore, long overdueActions, LocalDate lastValidatedOn,
		long staffNow, long staffThen, long activeThen, BigDecimal coverNow, BigDecimal coverThen,
		LocalDate coverThenOn, long openContradictions, Visit visit) {

	public String name(Locale locale) {
		return "ar".equals(locale.getLanguage()) ? this.nameAr : this.nameFr;
	}

	/** The reasons shown in the list: the three that weigh most. */
	public List<Reason> topReasons() {
		return this.reasons.subList(0, Math.min(3, this.reasons.size()));
	}

	static BigDecimal percent(long part, long whole) {
		return (whole > 0) ? BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
				: null;
	}

	/** A factor that applies and the points it adds. */
	record Reason(RiskFactor factor, int points) {
	}

	/**
	 * A visit: who, for when, the day it took place (null while planned), and the version
	 * its forms carry.
	 */
	record Visit(long id, long auditorId, String auditorName, LocalDate plannedOn, LocalDate doneOn, long version) {

		public boolean done() {
			return this.doneOn != null;
		}

	}

}
