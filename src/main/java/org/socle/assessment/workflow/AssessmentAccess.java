package org.socle.assessment.workflow;

import java.util.List;
import java.util.Objects;

import org.socle.assessment.AssessmentKind;
import org.socle.establishment.EstablishmentAccess;
import org.socle.establishment.EstablishmentInfo;
import org.socle.identity.SocleUser;
import org.socle.shared.NotAllowedException;
import org.socle.shared.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Who may see and do what with an assessment. Reading follows the establishment (a
 * manager sees only their organisation's, and any other id answers 404); among those, a
 * manager sees the self-assessments and the validated audits, not audits in progress. The
 * editing side of a draft is the side that created it: the organisation's managers for a
 * self-assessment, the auditors for an audit (admins may act for either). Reviews are the
 * auditors' (and admins'), under the four-eyes rule: nobody reviews an assessment they
 * created or changed (its authors, recorded as they act).
 */
@Component
public class AssessmentAccess {

	static final String WHAT = "Assessment";

	private final AssessmentRepository assessments;

	private final EstablishmentAccess establishments;

	private final AssessmentAuthorRepository authors;

	AssessmentAccess(AssessmentRepository assessments, EstablishmentAccess establishments,
			AssessmentAuthorRepository authors) {
		this.assessments = assessments;
		this.establishments = establishments;
		this.authors = authors;
	}

	/**
	 * Checks that the current user may change the assessment's content now, and records
	 * them among its authors.
	 * @throws NotAllowedException otherwise
	 */
	public void requireAuthoring(Context context) {
		context.requireEditable();
		this.authors.add(context.id(), context.user().id());
	}

	/**
	 * Four eyes: whether the current user created or changed the assessment, which bars
	 * them from reviewing it.
	 */
	public boolean isAuthor(Context context) {
		return context.assessment().getCreatorId() == context.user().id()
				|| this.authors.existsByAssessmentIdAndUserId(context.id(), context.user().id());
	}

	/** The users recorded as having changed the assessment (its creator aside). */
	List<Long> authorIds(long assessmentId) {
		return this.authors.findUserIds(assessmentId);
	}

	/**
	 * @throws NotAllowedException unless the current user is a reviewer and not one of
	 * the assessment's authors
	 */
	void requireIndependentReviewer(Context context) {
		context.requireReviewer();
		if (isAuthor(context)) {
			throw new NotAllowedException(
					context.user() + " created or changed assessment " + context.id() + ": four eyes bar the review");
		}
	}

	/**
	 * The assessment and its establishment if the current user may read it (else 404).
	 */
	public Context readable(long id) {
		return check(this.assessments.findById(id).orElseThrow(() -> new NotFoundException(WHAT, id)));
	}

	/** Same, with the assessment row locked for a change of status. */
	Context readableForUpdate(long id) {
		return check(this.assessments.findForUpdate(id).orElseThrow(() -> new NotFoundException(WHAT, id)));
	}

	/** Same, with a shared lock: answers change while no status change is under way. */
	public Context readableForShare(long id) {
		return check(this.assessments.findForShare(id).orElseThrow(() -> new NotFoundException(WHAT, id)));
	}

	private Context check(Assessment assessment) {
		EstablishmentInfo establishment;
		try {
			establishment = this.establishments.requireReadable(assessment.getEstablishmentId());
		}
		catch (NotFoundException ex) {
			throw new NotFoundException(WHAT, assessment.getId());
		}
		Context context = new Context(assessment, establishment, SocleUser.current());
		if (!context.canRead()) {
			throw new NotFoundException(WHAT, assessment.getId());
		}
		return context;
	}

	/** An assessment with its establishment, as the current user sees it. */
	public record Context(Assessment assessment, EstablishmentInfo establishment, SocleUser user) {

		public long id() {
			return this.assessment.getId();
		}

		public AssessmentStatus status() {
			return this.assessment.getStatus();
		}

		boolean canRead() {
			return this.user.canRead(this.establishment.organisationId())
					&& (!this.user.isManager() || this.assessment.getKind() == AssessmentKind.SELF
							|| this.assessment.getStatus() == AssessmentStatus.VALIDATED);
		}

		/** The creator's side: managers of the organisation or auditors (and admins). */
		boolean isEditingSide() {
			return isEditingSide(this.user, this.assessment.getKind(), this.establishment);
		}

		static boolean isEditingSide(SocleUser user, AssessmentKind kind, EstablishmentInfo establishment) {
			if (user.isAdmin()) {
				return true;
			}
			return (kind == AssessmentKind.SELF)
					? user.isManager() && Objects.equals(user.organisationId(), establishment.organisationId())
					: user.isAuditor();
		}

		boolean isReviewer() {
			return this.user.isAuditor() || this.user.isAdmin();
		}

		boolean canEdit() {
			return isEditingSide() && status().isEditable();
		}

		boolean canTake() {
			return isReviewer() && status() == AssessmentStatus.SUBMITTED;
		}

		boolean canDecide() {
			return isReviewer() && status() == AssessmentStatus.IN_REVIEW;
		}

		/**
		 * Action plans are the establishment's: its managers and admins follow them up.
		 */
		public boolean canEditActions() {
			return status() == AssessmentStatus.VALIDATED && (this.user.isAdmin() || (this.user.isManager()
					&& Objects.equals(this.user.organisationId(), this.establishment.organisationId())));
		}

		/**
		 * @throws NotAllowedException unless answers, evidence and metrics may change now
		 */
		void requireEditable() {
			if (status() == AssessmentStatus.VALIDATED) {
				throw new NotAllowedException("Assessment " + id() + " is validated: it cannot change");
			}
			if (!isEditingSide()) {
				throw new NotAllowedException(this.user + " is not on the editing side of assessment " + id());
			}
			if (!status().isEditable()) {
				throw new NotAllowedException("Assessment " + id() + " is " + status() + ": it cannot change");
			}
		}

		void requireReviewer() {
			if (!isReviewer()) {
				throw new NotAllowedException(this.user + " may not review assessment " + id());
			}
		}

	}

}
