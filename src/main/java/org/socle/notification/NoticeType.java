package org.socle.notification;

/**
 * What a notice is about; each has a translated title and text
 * ({@code notification.<TYPE>.title} and {@code .text}, with the notice's arguments).
 */
public enum NoticeType {

	ASSESSMENT_SUBMITTED, ASSESSMENT_IN_REVIEW, ASSESSMENT_RETURNED, ASSESSMENT_VALIDATED, ACTION_DUE_SOON,
	ACTION_OVERDUE, ASSESSMENT_DUE, AUTHORISATION_EXPIRING, AUTHORISATION_EXPIRED, OVER_CAPACITY

}
