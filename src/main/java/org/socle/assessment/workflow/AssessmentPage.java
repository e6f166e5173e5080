package org.socle.assessment.workflow;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.socle.assessment.AssessmentKind;
import org.socle.assessment.contradiction.ContradictionDecision;
import org.socle.assessment.contradiction.ContradictionRule;
import org.socle.assessment.evidence.EvidenceRow;
import org.socle.assessment.scoring.CriterionResult;
import org.socle.assessment.scoring.DomainResult;
import org.socle.assessment.scoring.IndicatorResult;
import org.socle.assessment.scoring.ScoreReport;
import org.socle.assessment.scoring.SubmissionProblem;
import org.socle.establishment.EstablishmentInfo;
import org.socle.standard.CriterionView;
import org.socle.standard.DomainView;
import org.socle.standard.IndicatorView;
import org.socle.standard.StandardSummary;

/**
 * Everything the assessment page shows: the header, the indicators grouped by domain and
 * criterion with their answers, evidence and results, the progress, what blocks
 * submission, and the history.
 */
public record AssessmentPage(Header header, AssessmentScorer.Scored scored, List<DomainSection> domains,
		Progress progress, List<EventRow> events, Optional<EventRow> lastReturn) {

	/** The row of one indicator, if it applies to this assessment. */
	public Optional<IndicatorRow> row(String code) {
		return indicators().filter((row) -> row.code().equals(code)).findFirst();
	}

	public Stream<IndicatorRow> indicators() {
		return this.domains.stream()
			.flatMap((domain) -> domain.criteria().stream())
			.flatMap((criterion) -> criterion.indicators().stream());
	}

	/**
	 * The indicators of the standard that do not apply to this establishment category.
	 */
	public List<IndicatorView> notApplicableIndicators() {
		Set<String> applicable = indicators().map(IndicatorRow::code).collect(Collectors.toSet());
		return this.scored.applicable()
			.full()
			.indicators()
			.filter((indicator) -> !applicable.contains(indicator.code()))
			.toList();
	}

	public ScoreReport report() {
		return this.scored.report();
	}

	public List<SubmissionProblem> problems() {
		return report().submissionProblems();
	}

	/** An indicator of the assessment's standard, applicable or not. */
	public Optional<IndicatorView> indicator(String code) {
		return this.scored.applicable().full().indicator(code);
	}

	/** The first indicator without an answer, in the form's order: where to go next. */
	public Optional<IndicatorRow> firstUnanswered() {
		return indicators().filter(IndicatorRow::isUnanswered).findFirst();
	}

	/**
	 * Whether a domain shows open: when it holds the first unanswered indicator or an
	 * answer in error (the others are folded, so that a long form stays short).
	 */
	public boolean opens(DomainSection domain) {
		String first = firstUnanswered().map(IndicatorRow::code).orElse(null);
		return domain.rows().anyMatch((row) -> row.code().equals(first) || row.hasErrors());
	}

	/**
	 * The page with only the indicators still unanswered, in their domains and criteria.
	 */
	AssessmentPage unansweredOnly() {
		return new AssessmentPage(this.header, this.scored,
				this.domains.stream()
					.map(DomainSection::unansweredOnly)
					.filter((domain) -> !domain.criteria().isEmpty())
					.toList(),
				this.progress, this.events, this.lastReturn);
	}

	/** The page with one indicator showing what was typed and what is wrong with it. */
	AssessmentPage withInput(String code, AnswerForm form, Map<String, List<String>> errors) {
		return new AssessmentPage(this.header, this.scored,
				this.domains.stream().map((domain) -> domain.withInput(code, form, errors)).toList(), this.progress,
				this.events, this.lastReturn);
	}

	/**
	 * What the current user may do, and about what. {@code barredAsAuthor}: a reviewer
	 * who may not take or decide because they created or changed the assessment (four
	 * eyes).
	 */
	public record Header(long id, long version, EstablishmentInfo establishment, AssessmentKind kind,
			AssessmentStatus status, LocalDate referenceDate, StandardSummary standard, String category,
			String creatorName, Instant createdAt, String reviewerName, Long startedFromId, Instant submittedAt,
			Instant validatedAt, boolean canEdit, boolean canTake, boolean canDecide, boolean barredAsAuthor,
			boolean canEditActions) {

		public boolean isValidated() {
			return this.status == AssessmentStatus.VALIDATED;
		}

	}

	public record DomainSection(DomainView domain, DomainResult result, List<CriterionSection> criteria) {

		public Stream<IndicatorRow> rows() {
			return this.criteria.stream().flatMap((criterion) -> criterion.indicators().stream());
		}

		DomainSection unansweredOnly() {
			return new DomainSection(this.domain, this.result,
					this.criteria.stream()
						.map((criterion) -> new CriterionSection(criterion.criterion(), criterion.result(),
								criterion.indicators().stream().filter(IndicatorRow::isUnanswered).toList()))
						.filter((criterion) -> !criterion.indicators().isEmpty())
						.toList());
		}

		DomainSection withInput(String code, AnswerForm form, Map<String, List<String>> errors) {
			return new DomainSection(this.domain, this.result,
					this.criteria.stream().map((criterion) -> criterion.withInput(code, form, errors)).toList());
		}

	}

	public record CriterionSection(CriterionView criterion, CriterionResult result, List<IndicatorRow> indicators) {

		CriterionSection withInput(String code, AnswerForm form, Map<String, List<String>> errors) {
			return new CriterionSection(this.criterion, this.result,
					this.indicators.stream()
						.map((row) -> row.code().equals(code) ? row.withInput(form, errors) : row)
						.toList());
		}

	}

	/**
	 * One indicator: its definition, its answer as stored (or as typed, with errors), its
	 * result, its metric snapshot and its evidence.
	 */
	public record IndicatorRow(IndicatorView indicator, IndicatorResult result, AnswerForm form,
			Map<String, List<String>> errors, Snapshot snapshot, List<EvidenceRow> evidence) {

		public String code() {
			return this.indicator.code();
		}

		public boolean isUnanswered() {
			return this.result.status() == IndicatorResult.Status.UNANSWERED;
		}

		public boolean hasErrors() {
			return !this.errors.isEmpty();
		}

		/** Every problem of the answer, whatever the field. */
		public List<String> allErrors() {
			return this.errors.values().stream().flatMap(List::stream).toList();
		}

		public List<String> errors(String field) {
			return this.errors.getOrDefault(field, List.of());
		}

		IndicatorRow withInput(AnswerForm typed, Map<String, List<String>> errorsByField) {
			return new IndicatorRow(this.indicator, this.result, typed, errorsByField, this.snapshot, this.evidence);
		}

	}

	/** A computed metric as stored in the assessment. */
	public record Snapshot(BigDecimal value, Long numerator, Long denominator, String recordType, List<Long> recordIds,
			List<Long> gapIds, Instant computedAt) {

		/**
		 * The first records behind the value, to link to (the page shows a count beyond).
		 */
		public List<Long> firstRecordIds() {
			return this.recordIds.subList(0, Math.min(this.recordIds.size(), 50));
		}

	}

	/** Indicators answered or N/A, out of those applicable. */
	public record Progress(int done, int applicable) {

		public int percent() {
			return (this.applicable == 0) ? 0 : this.done * 100 / this.applicable;
		}

	}

	/**
	 * A step of the history; {@code contradiction} and {@code decision} are set for a
	 * reviewer's decision on a contradiction.
	 */
	public record EventRow(AssessmentStatus from, AssessmentStatus to, String actorName, String comment,
			Instant occurredAt, ContradictionRule contradiction, ContradictionDecision decision) {

	}

}
