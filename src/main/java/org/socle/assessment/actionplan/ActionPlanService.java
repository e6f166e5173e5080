package org.socle.assessment.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.socle.assessment.scoring.IndicatorResult;
import org.socle.assessment.scoring.ScoreReport;
import org.socle.assessment.workflow.AssessmentAccess;
import org.socle.assessment.workflow.AssessmentAccess.Context;
import org.socle.assessment.workflow.AssessmentScorer;
import org.socle.assessment.workflow.AssessmentStatus;
import org.socle.shared.NotAllowedException;
import org.socle.shared.NotFoundException;
import org.socle.standard.IndicatorView;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The action plan of a validated assessment: read by whoever may read the assessment,
 * followed up by the establishment's managers (and admins).
 */
@NamedInterface("seeding")
@Service
@Transactional
public class ActionPlanService {

	static final String WHAT = "Action";

	private final AssessmentAccess access;

	private final ActionItemRepository items;

	private final AssessmentScorer scorer;

	private final Clock clock;

	ActionPlanService(AssessmentAccess access, ActionItemRepository items, AssessmentScorer scorer, Clock clock) {
		this.access = access;
		this.items = items;
		this.scorer = scorer;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Plan plan(long assessmentId) {
		Context context = this.access.readable(assessmentId);
		Map<String, IndicatorView> indicators = indicators(context);
		List<String> order = List.copyOf(indicators.keySet());
		LocalDate today = LocalDate.now(this.clock);
		List<Row> rows = this.items.findByAssessmentIdOrderByIndicatorCode(assessmentId)
			.stream()
			.map((item) -> row(item, indicators.get(item.getIndicatorCode()), today))
			.sorted(Comparator.comparingInt((Row row) -> order.indexOf(row.indicatorCode())))
			.toList();
		return new Plan(context.id(), context.establishment().id(), context.establishment().nameFr(), context.status(),
				context.canEditActions(), rows, today);
	}

	@Transactional(readOnly = true)
	Row item(long assessmentId, long itemId) {
		Context context = this.access.readable(assessmentId);
		ActionItem item = find(assessmentId, itemId);
		return row(item, indicators(context).get(item.getIndicatorCode()), LocalDate.now(this.clock));
	}

	/**
	 * The form to edit an action.
	 * @throws NotAllowedException unless the current user follows up the plan
	 */
	@Transactional(readOnly = true)
	ActionItemForm form(long assessmentId, long itemId) {
		requireEditable(this.access.readable(assessmentId));
		ActionItem item = find(assessmentId, itemId);
		ActionItemForm form = new ActionItemForm();
		form.setVersion(item.getVersion());
		form.setTitle(item.getTitle());
		form.setOwnerName(item.getOwnerName());
		form.setDueDate(item.getDueDate());
		form.setStatus(item.getStatus());
		form.setCompletedOn(item.getCompletedOn());
		return form;
	}

	/**
	 * The assessment an action belongs to, if the current user may read it.
	 * @throws NotFoundException otherwise
	 */
	@Transactional(readOnly = true)
	long assessmentOf(long itemId) {
		ActionItem item = this.items.findById(itemId).orElseThrow(() -> new NotFoundException(WHAT, itemId));
		return this.access.readable(item.getAssessmentId()).id();
	}

	/**
	 * @throws NotAllowedException unless the current user follows up the plan
	 */
	@Transactional(readOnly = true)
	void checkEditable(long assessmentId) {
		requireEditable(this.access.readable(assessmentId));
	}

	/**
	 * Proposes a corrective action for every indicator of a validated assessment at level
	 * 1 or 2, due {@link #defaultDueDate after three or six months}.
	 */
	public void propose(long assessmentId, long establishmentId, ScoreReport report, LocalDate validatedOn) {
		for (IndicatorResult indicator : report.indicators().toList()) {
			indicator.level()
				.filter((level) -> level <= 2)
				.ifPresent((level) -> this.items.save(new ActionItem(assessmentId, establishmentId, indicator.code(),
						level, defaultDueDate(validatedOn, level))));
		}
	}

	/** Three months for what falls significantly short (level 1), six for level 2. */
	public static LocalDate defaultDueDate(LocalDate validatedOn, int level) {
		return validatedOn.plusMonths((level == 1) ? 3 : 6);
	}

	/** A completion date goes with DONE, and only with it. */
	void validate(ActionItemForm form, Errors errors) {
		if (form.getStatus() == ActionStatus.DONE && form.getCompletedOn() == null) {
			errors.rejectValue("completedOn", "assessment.action.completedOn.required");
		}
		if (form.getStatus() != null && form.getStatus() != ActionStatus.DONE && form.getCompletedOn() != null) {
			errors.rejectValue("completedOn", "assessment.action.completedOn.onlyWhenDone");
		}
		if (form.getCompletedOn() != null && form.getCompletedOn().isAfter(LocalDate.now(this.clock))) {
			errors.rejectValue("completedOn", "PastOrPresent");
		}
	}

	/**
	 * @throws org.socle.shared.StaleEditException when someone saved it in between
	 */
	void update(long assessmentId, long itemId, ActionItemForm form) {
		requireEditable(this.access.readable(assessmentId));
		ActionItem item = find(assessmentId, itemId);
		item.checkVersion(form.getVersion());
		item.update(form);
		this.items.saveAndFlush(item);
	}

	private static void requireEditable(Context context) {
		if (!context.canEditActions()) {
			throw new NotAllowedException(context.user() + " may not change the action plan of " + context.id());
		}
	}

	private ActionItem find(long assessmentId, long itemId) {
		return this.items.findById(itemId)
			.filter((item) -> item.getAssessmentId() == assessmentId)
			.orElseThrow(() -> new NotFoundException(WHAT, itemId));
	}

	private Map<String, IndicatorView> indicators(Context context) {
		return this.scorer.applicable(context.assessment())
			.view()
			.indicators()
			.collect(Collectors.toMap(IndicatorView::code, Function.identity(), (a, b) -> a,
					java.util.LinkedHashMap::new));
	}

	private static Row row(ActionItem item, IndicatorView indicator, LocalDate today) {
		return new Row(item.getId(), item.getVersion(), item.getIndicatorCode(), indicator, item.getLevelAtValidation(),
				item.getTitle(), item.getOwnerName(), item.getDueDate(), item.getStatus(), item.getCompletedOn(),
				item.isOverdue(today), item.getUpdatedBy(), item.getUpdatedAt());
	}

	record Plan(long assessmentId, long establishmentId, String establishmentName, AssessmentStatus status,
			boolean editable, List<Row> rows, LocalDate today) {

		public long overdue() {
			return this.rows.stream().filter(Row::overdue).count();
		}

		public long count(ActionStatus status) {
			return this.rows.stream().filter((row) -> row.status() == status).count();
		}

	}

	record Row(long id, long version, String indicatorCode, IndicatorView indicator, int levelAtValidation,
			String title, String ownerName, LocalDate dueDate, ActionStatus status, LocalDate completedOn,
			boolean overdue, String updatedBy, java.time.Instant updatedAt) {

	}

}
