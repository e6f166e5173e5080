package org.socle.notification.assessments;

import java.util.Collection;
import java.util.List;

import org.socle.assessment.AssessmentKind;
import org.socle.assessment.AssessmentReturned;
import org.socle.assessment.AssessmentSubmitted;
import org.socle.assessment.AssessmentTakenForReview;
import org.socle.assessment.AssessmentValidated;
import org.socle.establishment.EstablishmentAccess;
import org.socle.establishment.EstablishmentInfo;
import org.socle.identity.UserRoster;
import org.socle.notification.Notice;
import org.socle.notification.NoticeType;
import org.socle.notification.Notifications;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people concerned of each step of an assessment's workflow, in the transaction
 * of the step (a notice exists only if the step was committed):
 * <ul>
 * <li>submitted: the auditors who cover the establishment's region, or every auditor when
 * none does (the submitter aside: four eyes bar them from the review);</li>
 * <li>taken for review, returned (with the reviewer's comment): the establishment's
 * managers for a self-assessment; for an audit, its authors (managers see an audit only
 * once validated);</li>
 * <li>validated: the establishment's managers.</li>
 * </ul>
 * Event keys name the assessment and its submission: a resubmission after a return is
 * told again, a retry of the same step is not.
 */
@Component
class AssessmentNotices {

	private final Notifications notifications;

	private final UserRoster roster;

	private final EstablishmentAccess establishments;

	AssessmentNotices(Notifications notifications, UserRoster roster, EstablishmentAccess establishments) {
		this.notifications = notifications;
		this.roster = roster;
		this.establishments = establishments;
	}

	@EventListener
	void on(AssessmentSubmitted event) {
		EstablishmentInfo establishment = this.establishments.requireReadable(event.establishmentId());
		List<Long> auditors = othersThan(event.submittedBy(),
				this.roster.activeAuditorsCovering(establishment.regionCode()));
		if (auditors.isEmpty()) {
			auditors = othersThan(event.submittedBy(), this.roster.activeAuditors());
		}
		tell(auditors, "assessment-submitted:" + event.assessmentId() + ":" + event.submission(),
				NoticeType.ASSESSMENT_SUBMITTED, names(establishment), event.assessmentId());
	}

	@EventListener
	void on(AssessmentTakenForReview event) {
		EstablishmentInfo establishment = this.establishments.requireReadable(event.establishmentId());
		tell(editingSide(event.kind(), establishment, event.authorIds()),
				"assessment-in-review:" + event.assessmentId() + ":" + event.submission(),
				NoticeType.ASSESSMENT_IN_REVIEW, names(establishment), event.assessmentId());
	}

	@EventListener
	void on(AssessmentReturned event) {
		EstablishmentInfo establishment = this.establishments.requireReadable(event.establishmentId());
		tell(editingSide(event.kind(), establishment, event.authorIds()),
				"assessment-returned:" + event.assessmentId() + ":" + event.submission(),
				NoticeType.ASSESSMENT_RETURNED,
				List.of(establishment.nameFr(), establishment.nameAr(), event.comment()), event.assessmentId());
	}

	@EventListener
	void on(AssessmentValidated event) {
		EstablishmentInfo establishment = this.establishments.requireReadable(event.establishmentId());
		tell(this.roster.activeManagersOf(establishment.organisationId()),
				"assessment-validated:" + event.assessmentId(), NoticeType.ASSESSMENT_VALIDATED, names(establishment),
				event.assessmentId());
	}

	/**
	 * Who works on the assessment: its organisation's managers, or an audit's authors.
	 */
	private Collection<Long> editingSide(AssessmentKind kind, EstablishmentInfo establishment,
			Collection<Long> authorIds) {
		return (kind == AssessmentKind.SELF) ? this.roster.activeManagersOf(establishment.organisationId()) : authorIds;
	}

	private void tell(Collection<Long> recipients, String eventKey, NoticeType type, List<String> arguments,
			long assessmentId) {
		String link = "/assessments/" + assessmentId;
		recipients
			.forEach((recipient) -> this.notifications.notify(new Notice(eventKey, recipient, type, arguments, link)));
	}

	/**
	 * The first two arguments, the French and the Arabic name: each language picks its
	 * own.
	 */
	private static List<String> names(EstablishmentInfo establishment) {
		return List.of(establishment.nameFr(), establishment.nameAr());
	}

	private static List<Long> othersThan(long userId, List<Long> users) {
		return users.stream().filter((user) -> user != userId).toList();
	}

}
