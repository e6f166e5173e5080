package org.socle.assessment.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.socle.assessment.AssessmentKind;
import org.socle.assessment.AssessmentReturned;
import org.socle.assessment.AssessmentSubmitted;
import org.socle.assessment.AssessmentTakenForReview;
import org.socle.assessment.AssessmentValidated;
import org.socle.assessment.actionplan.ActionPlanService;
import org.socle.assessment.metrics.MetricSnapshot;
import org.socle.assessment.metrics.MetricSnapshots;
import org.socle.assessment.score.ScoreRecorder;
import org.socle.assessment.scoring.ScoreReport;
import org.socle.assessment.scoring.SubmissionProblem;
import org.socle.assessment.workflow.AssessmentAccess.Context;
import org.socle.establishment.EstablishmentAccess;
import org.socle.establishment.EstablishmentInfo;
import org.socle.identity.SocleUser;
import org.socle.shared.NotAllowedException;
import org.socle.shared.NotFoundException;
import org.socle.shared.StaleEditException;
import org.socle.standard.IndicatorView;
import org.socle.standard.StandardCatalog;
import org.socle.standard.StandardStatus;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/**
 * Creating assessments, answering them and moving them through their workflow. Every rule
 * is enforced here, whatever the page: who may act ({@link AssessmentAccess}), in which
 * state, with which version (optimistic locking), and what submission requires.
 */
@Service
@Transactional
public class AssessmentService {

	private final AssessmentRepository assessments;

	private final AssessmentAnswerRepository answers;

	private final AssessmentEventRepository events;

	private final ActionPlanService actionPlans;

	private final AssessmentAccess access;

	private final EstablishmentAccess establishments;

	private final StandardCatalog catalog;

	private final ScoringTrees trees;

	private final AssessmentScorer scorer;

	private final MetricSnapshots metrics;

	private final ScoreRecorder scores;

	private final ContradictionReview contradictions;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	AssessmentService(AssessmentRepository assessments, AssessmentAnswerRepository answers,
			AssessmentEventRepository events, ActionPlanService actionPlans, AssessmentAccess access,
			EstablishmentAccess establishments, StandardCatalog catalog, ScoringTrees trees, AssessmentScorer scorer,
			MetricSnapshots metrics, ScoreRecorder scores, ContradictionReview contradictions,
			ApplicationEventPublisher publisher, Clock clock) {
		this.assessments = assessments;
		this.answers = answers;
		this.events = events;
		this.actionPlans = actionPlans;
		this.access = access;
		this.establishments = establishments;
		this.catalog = catalog;
		this.trees = trees;
		this.scorer = scorer;
		this.metrics = metrics;
		this.scores = scores;
		this.contradictions = contradictions;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** A form for a new assessment: the default standard, today. */
	@Transactional(readOnly = true)
	public NewAssessmentForm newForm(long establishmentId, AssessmentKind kind) {
		requireMayCreate(this.establishments.requireReadable(establishmentId), kind);
		NewAssessmentForm form = new NewAssessmentForm();
		form.setKind(kind);
		form.setReferenceDate(LocalDate.now(this.clock));
		this.catalog.defaultStandard().ifPresent((standard) -> form.setStandardId(standard.id()));
		form.setStartFromSelfAssessment(kind == AssessmentKind.AUDIT);
		return form;
	}

	/**
	 * Checks what Bean Validation cannot: the standard is published, the date not in the
	 * future, and no assessment of the same kind is already in progress.
	 */
	@Transactional(readOnly = true)
	public void validate(long establishmentId, NewAssessmentForm form, Errors errors) {
		if (form.getStandardId() != null && this.catalog.find(form.getStandardId())
			.filter((standard) -> standard.status() == StandardStatus.PUBLISHED)
			.isEmpty()) {
			errors.rejectValue("standardId", "assessment.new.standard.notPublished");
		}
		if (form.getReferenceDate() != null && form.getReferenceDate().isAfter(LocalDate.now(this.clock))) {
			errors.rejectValue("referenceDate", "PastOrPresent");
		}
		if (form.getKind() != null && this.assessments.existsByEstablishmentIdAndKindAndStatusNot(establishmentId,
				form.getKind(), AssessmentStatus.VALIDATED)) {
			errors.reject("assessment.new.inProgress");
		}
	}

	/**
	 * The establishment's assessments in progress (not yet validated) by kind: a new one
	 * of a kind is not offered while one exists, that one is.
	 */
	@Transactional(readOnly = true)
	public Map<AssessmentKind, Long> inProgress(long establishmentId) {
		return this.assessments.findByEstablishmentIdAndStatusNot(establishmentId, AssessmentStatus.VALIDATED)
			.stream()
			.collect(Collectors.toMap(Assessment::getKind, Assessment::getId, (first, second) -> first));
	}

	/**
	 * Creates a draft with one answer row per applicable indicator and the snapshot of
	 * the computed metrics at the reference date. An audit may start from the latest
	 * submitted (or validated) self-assessment: its answers and comments are copied,
	 * metrics are computed afresh, evidence stays with the self-assessment.
	 * @return the new assessment's id
	 */
	public long create(long establishmentId, NewAssessmentForm form) {
		EstablishmentInfo establishment = this.establishments.requireReadable(establishmentId);
		SocleUser user = SocleUser.current();
		requireMayCreate(establishment, form.getKind());
		Long inProgress = inProgress(establishmentId).get(form.getKind());
		if (inProgress != null) {
			throw new AlreadyInProgress(inProgress);
		}
		ScoringTrees.Loaded standard = this.trees.load(form.getStandardId());
		if (standard.view().standard().status() != StandardStatus.PUBLISHED) {
			throw new NotAllowedException("Standard " + form.getStandardId() + " is not published");
		}
		Long startedFrom = (form.getKind() == AssessmentKind.AUDIT && form.isStartFromSelfAssessment())
				? latestSubmittedSelfAssessment(establishmentId).orElse(null) : null;
		Assessment assessment = this.assessments
			.saveAndFlush(new Assessment(establishmentId, form.getStandardId(), form.getKind(), form.getReferenceDate(),
					establishment.category().name(), startedFrom, user.id(), user.displayName()));
		long id = assessment.getId();
		Map<String, AssessmentAnswer> copied = (startedFrom != null)
				? this.answers.findByAssessmentIdOrderById(startedFrom)
					.stream()
					.collect(Collectors.toMap(AssessmentAnswer::getIndicatorCode, Function.identity()))
				: Map.of();
		Map<String, MetricSnapshot> snapshots = this.metrics.compute(establishmentId, form.getReferenceDate(), id);
		Instant now = this.clock.instant();
		List<AssessmentAnswer> rows = standard.applicableTo(assessment.getCategory())
			.view()
			.indicators()
			.map((indicator) -> newAnswer(id, indicator, copied.get(indicator.code()), snapshots, now))
			.toList();
		this.answers.saveAll(rows);
		this.events
			.save(new AssessmentEvent(id, null, AssessmentStatus.DRAFT, user.id(), user.displayName(), null, now));
		return id;
	}

	private static AssessmentAnswer newAnswer(long assessmentId, IndicatorView indicator, AssessmentAnswer copyOf,
			Map<String, MetricSnapshot> snapshots, Instant now) {
		String key = indicator.isComputed() ? indicator.metricKey().name() : null;
		AssessmentAnswer answer = new AssessmentAnswer(assessmentId, indicator.code(), indicator.answerType(), key);
		if (key != null) {
			answer.snapshot(snapshots.get(key), now);
		}
		if (copyOf != null && copyOf.getAnswerType() == indicator.answerType()) {
			answer.copyFrom(copyOf);
		}
		return answer;
	}

	private Optional<Long> latestSubmittedSelfAssessment(long establishmentId) {
		return this.assessments.findLatestSubmitted(establishmentId, AssessmentKind.SELF,
				List.of(AssessmentStatus.SUBMITTED, AssessmentStatus.IN_REVIEW, AssessmentStatus.VALIDATED));
	}

	/** SELF: managers of the organisation (and admins); AUDIT: auditors (and admins). */
	private static void requireMayCreate(EstablishmentInfo establishment, AssessmentKind kind) {
		if (kind == null || !Context.isEditingSide(SocleUser.current(), kind, establishment)) {
			throw new NotAllowedException(SocleUser.current() + " may not create a " + kind + " assessment");
		}
	}

	/**
	 * Saves one answer, or puts the problems in {@code errors} and saves nothing. A
	 * version older than the stored one is reported in {@code errors} as a concurrent
	 * edit; the caller keeps what was typed and the form's new version.
	 * @return the saved answer's new version, or empty when nothing was saved
	 */
	public Optional<Long> saveAnswer(long id, String code, AnswerForm form, Errors errors) {
		Context context = this.access.readableForShare(id);
		this.access.requireAuthoring(context);
		AssessmentAnswer answer = this.answers.findByAssessmentIdAndIndicatorCode(id, code)
			.orElseThrow(() -> new NotFoundException("Indicator", code));
		IndicatorView indicator = this.scorer.applicable(context.assessment())
			.view()
			.indicator(code)
			.orElseThrow(() -> new NotFoundException("Indicator", code));
		AnswerRules.Parsed parsed = AnswerRules.check(indicator, form, answer.getMetricValue(), errors);
		if (parsed == null) {
			return Optional.empty();
		}
		try {
			answer.checkVersion((form.getVersion() != null) ? form.getVersion() : -1);
		}
		catch (StaleEditException ex) {
			ex.reportTo(errors);
			form.setVersion(ex.getCurrentVersion());
			return Optional.empty();
		}
		answer.answer(parsed.level(), parsed.yes(), parsed.value(), parsed.notApplicable(), parsed.comment());
		return Optional.of(this.answers.saveAndFlush(answer).getVersion());
	}

	/** Computes the metrics again from the records ("recompute from records"). */
	public void refreshMetrics(long id) {
		Context context = this.access.readableForShare(id);
		this.access.requireAuthoring(context);
		Assessment assessment = context.assessment();
		Map<String, MetricSnapshot> snapshots = this.metrics.compute(assessment.getEstablishmentId(),
				assessment.getReferenceDate(), id);
		Instant now = this.clock.instant();
		for (AssessmentAnswer answer : this.answers.findByAssessmentIdOrderById(id)) {
			if (answer.isComputed()) {
				answer.snapshot(snapshots.get(answer.getMetricKey()), now);
			}
		}
	}

	/**
	 * DRAFT or RETURNED → SUBMITTED, by the editing side, once coverage is at least 80 %
	 * and every critical indicator is answered; the contradictions between the answers
	 * and the records are kept for the review.
	 * @throws SubmissionBlocked with what is missing otherwise
	 */
	public void submit(long id, long version) {
		submit(id, version, Map.of());
	}

	/**
	 * Stores the answers typed on the page and not yet saved, then submits: a comment
	 * typed just before clicking "submit" is kept whatever the timing of the page's
	 * autosave. An answer that cannot be stored (invalid, or changed by someone else
	 * since the page showed it) stops the submission; the others are stored all the same.
	 * @param pending the typed answers by indicator code
	 * @return the problems of the answers not stored, by indicator code; when not empty,
	 * nothing was submitted
	 * @throws SubmissionBlocked with what is missing, the pending answers stored
	 */
	@Transactional(noRollbackFor = SubmissionBlocked.class)
	public Map<String, Errors> submit(long id, long version, Map<String, AnswerForm> pending) {
		Context context = lockAndCheck(id, version);
		this.access.requireAuthoring(context);
		Map<String, Errors> rejected = new LinkedHashMap<>();
		pending.forEach((code, form) -> {
			Errors errors = new BeanPropertyBindingResult(form, "answerForm");
			if (saveAnswer(id, code, form, errors).isEmpty()) {
				rejected.put(code, errors);
			}
		});
		if (!rejected.isEmpty()) {
			return rejected;
		}
		AssessmentScorer.Scored scored = this.scorer.score(context.assessment(),
				this.answers.findByAssessmentIdOrderById(id));
		if (!scored.report().canBeSubmitted()) {
			throw new SubmissionBlocked(scored.report().submissionProblems());
		}
		this.contradictions.snapshot(context, scored);
		AssessmentStatus from = context.status();
		context.assessment().submit(this.clock.instant());
		event(context, from, null);
		this.publisher.publishEvent(new AssessmentSubmitted(id, context.assessment().getEstablishmentId(),
				context.assessment().getKind(), submissions(id), context.user().id()));
		return Map.of();
	}

	/**
	 * SUBMITTED → IN_REVIEW: an auditor who is not one of its authors takes the
	 * assessment.
	 */
	public void take(long id, long version) {
		Context context = lockAndCheck(id, version);
		this.access.requireIndependentReviewer(context);
		requireStatus(context, AssessmentStatus.SUBMITTED);
		context.assessment().takeForReview(context.user().id(), context.user().displayName());
		event(context, AssessmentStatus.SUBMITTED, null);
		this.publisher.publishEvent(new AssessmentTakenForReview(id, context.assessment().getEstablishmentId(),
				context.assessment().getKind(), submissions(id), authors(context)));
	}

	/**
	 * IN_REVIEW → RETURNED to the editing side, with a comment saying what to change.
	 */
	/**
	 * Refuses (403) a user who may not decide on the assessment (return or validate it),
	 * before a form's errors are shown to them.
	 */
	@Transactional(readOnly = true)
	public void requireDecider(long id) {
		this.access.requireIndependentReviewer(this.access.readable(id));
	}

	public void returnToEditor(long id, long version, String comment) {
		Context context = lockAndCheck(id, version);
		this.access.requireIndependentReviewer(context);
		requireStatus(context, AssessmentStatus.IN_REVIEW);
		if (comment == null || comment.isBlank()) {
			throw new IllegalArgumentException("A comment is required to return an assessment");
		}
		context.assessment().returnToEditor();
		event(context, AssessmentStatus.IN_REVIEW, comment);
		this.publisher.publishEvent(new AssessmentReturned(id, context.assessment().getEstablishmentId(),
				context.assessment().getKind(), submissions(id), comment, authors(context)));
	}

	/**
	 * IN_REVIEW → VALIDATED: the scores are stored for reporting, a corrective action is
	 * proposed for every indicator at level 1 or 2, and the assessment never changes
	 * again. Four eyes: the reviewer is not one of its authors.
	 */
	public void validate(long id, long version, String comment) {
		Context context = lockAndCheck(id, version);
		this.access.requireIndependentReviewer(context);
		requireStatus(context, AssessmentStatus.IN_REVIEW);
		Assessment assessment = context.assessment();
		ScoreReport report = this.scorer.score(assessment, this.answers.findByAssessmentIdOrderById(id)).report();
		if (!report.canBeSubmitted()) {
			throw new SubmissionBlocked(report.submissionProblems());
		}
		Instant now = this.clock.instant();
		this.actionPlans.propose(id, assessment.getEstablishmentId(), report, LocalDate.now(this.clock));
		assessment.validate(now);
		this.assessments.saveAndFlush(assessment);
		event(context, AssessmentStatus.IN_REVIEW, comment);
		this.scores.record(id, report, now, context.user().getUsername());
		this.publisher.publishEvent(new AssessmentValidated(id, assessment.getEstablishmentId(), assessment.getKind(),
				assessment.getReferenceDate(), report.rating().orElseThrow().rating()));
	}

	/** How many times the assessment was submitted, this time included. */
	private int submissions(long id) {
		return Math.toIntExact(this.events.countByAssessmentIdAndToStatus(id, AssessmentStatus.SUBMITTED));
	}

	private Set<Long> authors(Context context) {
		Set<Long> authors = new HashSet<>(this.access.authorIds(context.id()));
		authors.add(context.assessment().getCreatorId());
		return authors;
	}

	private Context lockAndCheck(long id, long version) {
		Context context = this.access.readableForUpdate(id);
		context.assessment().checkVersion(version);
		return context;
	}

	private static void requireStatus(Context context, AssessmentStatus expected) {
		if (context.status() != expected) {
			throw new NotAllowedException(
					"Assessment " + context.id() + " is " + context.status() + ", not " + expected);
		}
	}

	private void event(Context context, AssessmentStatus from, String comment) {
		this.events.save(new AssessmentEvent(context.id(), from, context.assessment().getStatus(), context.user().id(),
				context.user().displayName(), comment, this.clock.instant()));
	}

	/** An assessment of the same kind is in progress: finish it first. */
	public static class AlreadyInProgress extends NotAllowedException {

		AlreadyInProgress(long inProgressId) {
			super("Assessment " + inProgressId + " of the same kind is in progress");
		}

	}

	/** Submission (or validation) is refused: what is missing. */
	public static class SubmissionBlocked extends RuntimeException {

		private final List<SubmissionProblem> problems;

		SubmissionBlocked(List<SubmissionProblem> problems) {
			super("Submission blocked: " + problems);
			this.problems = List.copyOf(problems);
		}

		public List<SubmissionProblem> getProblems() {
			return this.problems;
		}

	}

}
