package org.socle.assessment.workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.socle.assessment.evidence.EvidenceRow;
import org.socle.assessment.evidence.EvidenceService;
import org.socle.assessment.scoring.CriterionResult;
import org.socle.assessment.scoring.DomainResult;
import org.socle.assessment.scoring.IndicatorResult;
import org.socle.assessment.scoring.ScoreReport;
import org.socle.assessment.workflow.AssessmentAccess.Context;
import org.socle.assessment.workflow.AssessmentPage.CriterionSection;
import org.socle.assessment.workflow.AssessmentPage.DomainSection;
import org.socle.assessment.workflow.AssessmentPage.EventRow;
import org.socle.assessment.workflow.AssessmentPage.Header;
import org.socle.assessment.workflow.AssessmentPage.IndicatorRow;
import org.socle.assessment.workflow.AssessmentPage.Progress;
import org.socle.assessment.workflow.ScoreContent.StoredAnswer;
import org.socle.shared.NotFoundException;
import org.socle.shared.web.Formats;
import org.socle.standard.CriterionView;
import org.socle.standard.DomainView;
import org.socle.standard.IndicatorView;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the assessment page: five queries (the assessment, the access check, answers,
 * evidence, history) whatever the number of indicators, and a sixth for a reviewer when a
 * review step is open (is the reviewer one of its authors?); the standard's tree is
 * cached.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentReader {

	private final AssessmentAccess access;

	private final AssessmentAnswerRepository answers;

	private final EvidenceService evidence;

	private final AssessmentEventRepository events;

	private final AssessmentScorer scorer;

	/**
	 * Everything the page shows, as versions: the data version (the establishment,
	 * beneficiaries and stays: V107), the records' (meetings, staff, resources, care
	 * plans, the rules' switches: V113), and the versions of the assessment's own rows.
	 */
	private static final String PAGE_VERSION = """
			SELECT concat_ws('/', (SELECT version FROM dashboard_data_version), (SELECT version FROM records_data_version),
			       a.version, a.status, a.kind, a.establishment_id, %s, %s, %s, %s, %s)
			FROM assessment a WHERE a.id = ?
			"""
		.formatted(digest("assessment_answer", "id || ':' || x.version"),
				digest("assessment_evidence", "id || ':' || x.version"),
				digest("assessment_event", "id || ':' || x.version"),
				digest("assessment_contradiction", "id || ':' || x.version"),
				digest("assessment_author", "user_id::text"));

	/** A digest of the assessment's rows of {@code table}, each as {@code x.<row>}. */
	private static String digest(String table, String row) {
		return "(SELECT coalesce(md5(string_agg(x.%s, ',' ORDER BY x.%s)), '-') FROM %s x WHERE x.assessment_id = a.id)"
			.formatted(row, row, table);
	}

	private final Formats formats;

	private final JdbcTemplate jdbc;

	AssessmentReader(AssessmentAccess access, AssessmentAnswerRepository answers, EvidenceService evidence,
			AssessmentEventRepository events, AssessmentScorer scorer, Formats formats, JdbcTemplate jdbc) {
		this.formats = formats;
		this.jdbc = jdbc;
		this.access = access;
		this.answers = answers;
		this.evidence = evidence;
		this.events = events;
		this.scorer = scorer;
	}

	public AssessmentPage page(long id) {
		Context context = this.access.readable(id);
		return page(content(context), history(context));
	}

	/**
	 * The version of what {@link #page} would show now, and of what its access check
	 * reads: one statement, <b>without</b> the access check. Equal versions give an equal
	 * page and an equal access decision for the same user, language and day, so a page
	 * kept under this version, once read (and checked) for a user, may be served to that
	 * user again; nothing else may be.
	 * @throws NotFoundException when there is no such assessment
	 */
	String pageVersion(long id) {
		String version = this.jdbc.query(PAGE_VERSION, (rs) -> rs.next() ? rs.getString(1) : null, id);
		if (version == null) {
			throw new NotFoundException("Assessment", id);
		}
		return version;
	}

	/**
	 * What the score page and its JSON show, after the same access check as the page;
	 * four statements (the assessment, its establishment, answers, evidence), no scoring.
	 * @throws NotFoundException when the user may not read it
	 */
	public ScoreContent scoreContent(long id) {
		return content(this.access.readable(id));
	}

	/**
	 * The page of a score content, scored without a statement; without the history, which
	 * the score pages do not show.
	 */
	public AssessmentPage scorePage(ScoreContent content) {
		return page(content, List.of());
	}

	/**
	 * A validated assessment scored from its stored answers, after the same access check
	 * as its page; three statements.
	 * @throws NotFoundException when the user may not read it or it is not validated
	 */
	public AssessmentScorer.Scored scoredValidated(long id) {
		Context context = this.access.readable(id);
		if (context.status() != AssessmentStatus.VALIDATED) {
			throw new NotFoundException("Assessment", id);
		}
		return this.scorer.score(context.assessment(), this.answers.findByAssessmentIdOrderById(id));
	}

	private ScoreContent content(Context context) {
		long id = context.id();
		List<StoredAnswer> stored = this.answers.findByAssessmentIdOrderById(id)
			.stream()
			.map(StoredAnswer::of)
			.toList();
		return new ScoreContent(header(context), stored, this.evidence.byAnswer(id));
	}

	private List<EventRow> history(Context context) {
		return this.events.findByAssessmentIdOrderByOccurredAtAscIdAsc(context.id())
			.stream()
			.map((event) -> new EventRow(event.getFromStatus(), event.getToStatus(), event.getActorName(),
					event.getComment(), event.getOccurredAt(), event.getContradictionRule(),
					event.getContradictionDecision()))
			.toList();
	}

	private AssessmentPage page(ScoreContent content, List<EventRow> history) {
		AssessmentScorer.Scored scored = this.scorer.score(content);
		ScoreReport report = scored.report();
		Map<String, StoredAnswer> byCode = content.answers()
			.stream()
			.collect(Collectors.toMap(StoredAnswer::indicatorCode, Function.identity()));
		Map<String, DomainResult> domainResults = report.domains()
			.stream()
			.collect(Collectors.toMap(DomainResult::code, Function.identity()));
		Map<String, CriterionResult> criterionResults = report.domains()
			.stream()
			.flatMap((domain) -> domain.criteria().stream())
			.collect(Collectors.toMap(CriterionResult::code, Function.identity()));
		Map<String, IndicatorResult> indicatorResults = report.indicators()
			.collect(Collectors.toMap(IndicatorResult::code, Function.identity()));

		List<DomainSection> domains = scored.applicable()
			.view()
			.domains()
			.stream()
			.map((DomainView domain) -> new DomainSection(domain, domainResults.get(domain.code()), domain.criteria()
				.stream()
				.map((CriterionView criterion) -> new CriterionSection(criterion,
						criterionResults.get(criterion.code()),
						criterion.indicators()
							.stream()
							.map((IndicatorView indicator) -> row(indicator, indicatorResults.get(indicator.code()),
									byCode.get(indicator.code()), content.evidence()))
							.toList()))
				.toList()))
			.toList();
		Optional<EventRow> lastReturn = history.stream()
			.filter((event) -> event.to() == AssessmentStatus.RETURNED)
			.reduce((first, second) -> second)
			.filter((event) -> content.header().status() == AssessmentStatus.RETURNED);
		Progress progress = new Progress(report.counts().answered() + report.counts().notApplicable(),
				report.counts().applicable());
		return new AssessmentPage(content.header(), scored, domains, progress, history, lastReturn);
	}

	private Header header(Context context) {
		Assessment a = context.assessment();
		boolean barredAsAuthor = (context.canTake() || context.canDecide()) && this.access.isAuthor(context);
		return new Header(a.getId(), a.getVersion(), context.establishment(), a.getKind(), a.getStatus(),
				a.getReferenceDate(), this.scorer.standard(a), a.getCategory(), a.getCreatorName(), a.getCreatedAt(),
				a.getReviewerName(), a.getStartedFromId(), a.getSubmittedAt(), a.getValidatedAt(), context.canEdit(),
				context.canTake() && !barredAsAuthor, context.canDecide() && !barredAsAuthor, barredAsAuthor,
				context.canEditActions());
	}

	private IndicatorRow row(IndicatorView indicator, IndicatorResult result, StoredAnswer answer,
			Map<Long, List<EvidenceRow>> evidenceByAnswer) {
		AnswerForm form = new AnswerForm();
		form.setVersion(answer.version());
		form.setLevel((answer.level() != null) ? answer.level().toString() : null);
		form.setAnswer((answer.yes() != null) ? (answer.yes() ? "YES" : "NO") : null);
		form.setValue((answer.typedValue() != null) ? this.formats.decimal(answer.typedValue()) : null);
		form.setNotApplicable(answer.notApplicable());
		form.setComment(answer.comment());
		return new IndicatorRow(indicator, result, form, Map.of(), answer.snapshot(),
				evidenceByAnswer.getOrDefault(answer.id(), List.of()));
	}

}
