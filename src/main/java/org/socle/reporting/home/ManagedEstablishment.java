package org.socle.reporting.home;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.socle.shared.BilingualName;
import org.socle.assessment.scoring.Rating;

/**
 * One line of a manager's home: an establishment with its latest validated score, the
 * trend since the previous one, and what needs attention on {@code today}.
 *
 * @param latestAssessmentId the latest validated assessment (by reference date), null
 * when none is validated
 * @param previousScore the score of the validated assessment before it, null when none
 * @param overdueActions open corrective actions past their due date
 * @param overduePlanId the assessment whose action plan holds the earliest overdue action
 * @param activeBeneficiaries beneficiaries staying in the establishment on {@code today}
 */
record ManagedEstablishment(long id, String nameFr, String nameAr, Long latestAssessmentId, LocalDate latestDate,
		BigDecimal latestScore, Rating latestRating, BigDecimal previousScore, long overdueActions, Long overduePlanId,
		long activeBeneficiaries, Integer authorisedCapacity, LocalDate authorisationExpiry,
		LocalDate today) implements BilingualName {

	/** An assessment is due when none was validated for the last 12 months. */
	static final int ASSESSMENT_MONTHS = 12;

	/** An authorisation is flagged this many days before it expires. */
	static final int AUTHORISATION_NOTICE_DAYS = 90;

	enum Trend {

		UP, DOWN, SAME

	}

	/** The change since the previous validated assessment; null with fewer than two. */
	public Trend trend() {
		if (this.latestScore == null || this.previousScore == null) {
			return null;
		}
		int change = this.latestScore.compareTo(this.previousScore);
		return (change > 0) ? Trend.UP : (change < 0) ? Trend.DOWN : Trend.SAME;
	}

	public boolean isAssessmentDue() {
		return this.latestDate == null || this.latestDate.isBefore(this.today.minusMonths(ASSESSMENT_MONTHS));
	}

	public boolean isOverCapacity() {
		return this.authorisedCapacity != null && this.activeBeneficiaries > this.authorisedCapacity;
	}

	public boolean isAuthorisationExpired() {
		return this.authorisationExpiry != null && this.authorisationExpiry.isBefore(this.today);
	}

	public boolean isAuthorisationExpiring() {
		return this.authorisationExpiry != null && !isAuthorisationExpired()
				&& !this.authorisationExpiry.isAfter(this.today.plusDays(AUTHORISATION_NOTICE_DAYS));
	}

	/** Whether nothing needs attention (the line then says so). */
	public boolean isInOrder() {
		return !isAssessmentDue() && this.overdueActions == 0 && !isOverCapacity() && !isAuthorisationExpired()
				&& !isAuthorisationExpiring();
	}

}
