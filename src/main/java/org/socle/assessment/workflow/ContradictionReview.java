package org.socle.assessment.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.socle.assessment.contradiction.ContradictionChecker;
import org.socle.assessment.contradiction.ContradictionDecision;
import org.socle.assessment.contradiction.ContradictionRule;
import org.socle.assessment.contradiction.ContradictionStore;
import org.socle.assessment.contradiction.Finding;
import org.socle.assessment.contradiction.StoredContradiction;
import org.socle.assessment.workflow.AssessmentAccess.Context;
import org.socle.assessment.workflow.ContradictionsView.Link;
import org.socle.assessment.workflow.ContradictionsView.Row;
import org.socle.shared.NotAllowedException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Declarations checked against the records, in the workflow: the warnings the editing
 * side sees before submitting, the snapshot kept at submission, and the reviewer's
 * decision on each contradiction (written to the assessment's history).
 */
@Service
@Transactional
public class ContradictionReview {

	private final ContradictionChecker checker;

	private final ContradictionStore store;

	private final AssessmentAccess access;

	private final AssessmentEventRepository events;

	private final Clock clock;

	ContradictionReview(ContradictionChecker checker, ContradictionStore store, AssessmentAccess access,
			AssessmentEventRepository events, Clock clock) {
		this.checker = checker;
		this.store = store;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * For the assessment page: found now for the editing side of a draft or a returned
	 * assessment (at most seven statements), as kept otherwise (one); nothing for others
	 * looking at a draft.
	 */
	@Transactional(readOnly = true)
	public ContradictionsView forPage(AssessmentPage page) {
		AssessmentPage.Header h = page.header();
		if (h.status().isEditable()) {
			return h.canEdit() ? live(page) : ContradictionsView.none();
		}
		return kept(h, h.canDecide());
	}

	/**
	 * For the score page: the contradictions kept at submission (one statement), none
	 * while the assessment is being edited (its form shows them).
	 */
	@Transactional(readOnly = true)
	public ContradictionsView forScore(AssessmentPage.Header header) {
		return header.status().isEditable() ? ContradictionsView.none() : kept(header, false);
	}

	/** Keeps what the answers contradict at submission, replacing an earlier snapshot. */
	void snapshot(Context context, AssessmentScorer.Scored scored) {
		Assessment a = context.assessment();
		List<Finding> findings = this.checker.check(a.getEstablishmentId(), a.getReferenceDate(),
				scored.applicable().tree(), scored.answers());
		this.store.replace(a.getId(), findings, this.clock.instant());
	}

	/**
	 * Records the reviewer's decision on a contradiction, and writes it to the history.
	 * @throws NotAllowedException unless the current user is an independent reviewer and
	 * the assessment is in review
	 * @throws org.socle.shared.StaleEditException when it was decided since the form was
	 * shown
	 */
	public void decide(long assessmentId, long contradictionId, long version, ContradictionDecision decision,
			String comment) {
		Context context = this.access.readableForUpdate(assessmentId);
		this.access.requireIndependentReviewer(context);
		if (context.status() != AssessmentStatus.IN_REVIEW) {
			throw new NotAllowedException("Assessment " + assessmentId + " is " + context.status() + ", not in review");
		}
		Instant now = this.clock.instant();
		StoredContradiction decided = this.store.decide(assessmentId, contradictionId, version, decision, comment,
				context.user().id(), context.user().displayName(), now);
		this.events.save(AssessmentEvent.decision(assessmentId, decided.getRule(), decision, context.user().id(),
				context.user().displayName(), comment, now));
	}

	private ContradictionsView live(AssessmentPage page) {
		AssessmentPage.Header h = page.header();
		List<Row> rows = this.checker
			.check(h.establishment().id(), h.referenceDate(), page.scored().applicable().tree(),
					page.scored().answers())
			.stream()
			.map((finding) -> new Row(null, null, finding.rule(), finding.indicatorCode(), finding.messageKey(),
					finding.args(), links(h, finding.rule()), null, null, null, null))
			.toList();
		return new ContradictionsView(rows, true, false);
	}

	private ContradictionsView kept(AssessmentPage.Header h, boolean canDecide) {
		List<Row> rows = this.store.list(h.id())
			.stream()
			.map((c) -> new Row(c.getId(), c.getVersion(), c.getRule(), c.getIndicatorCode(), c.getMessageKey(),
					c.getMessageArgs(), links(h, c.getRule()), c.getDecision(), c.getDecisionComment(),
					c.getDecidedByName(), c.getDecidedAt()))
			.toList();
		return new ContradictionsView(rows, false, canDecide);
	}

	private static List<Link> links(AssessmentPage.Header h, ContradictionRule rule) {
		return Link.of(rule, h.establishment().id(), h.referenceDate());
	}

}
