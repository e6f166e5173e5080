package org.socle.reporting.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.socle.assessment.AssessmentScores;
import org.socle.assessment.ValidatedResults;
import org.socle.assessment.ValidatedScore;
import org.socle.establishment.EstablishmentAccess;
import org.socle.establishment.EstablishmentInfo;
import org.socle.reference.ReferenceDataService;
import org.socle.reporting.report.QualityReport.Assessed;
import org.socle.reporting.report.ReportQueries.FiguresAndVersion;
import org.socle.shared.jdbc.ReadsFromReplica;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds an establishment's quality report for whoever may read the establishment (a
 * manager of another organisation gets a 404). At most ten statements: the access check,
 * the scores' history (three), the latest assessment's explanation (three, once per node:
 * {@link ExplanationCache}), its action plan, the operational figures (with the data
 * version) and the peer benchmark, which is kept under that version
 * ({@link PeerBenchmarkCache}).
 * <p>
 * The report is a value: its records, lists, dates and numbers compare by value, so equal
 * data gives an equal report, and the page and the PDF are kept under it
 * ({@link QualityReportController}).
 */
@Service
@Transactional(readOnly = true)
@ReadsFromReplica
class QualityReports {

	private final EstablishmentAccess access;

	private final AssessmentScores scores;

	private final ValidatedResults results;

	private final ReportQueries queries;

	private final PeerBenchmarkCache peers;

	private final ExplanationCache explanations;

	private final ReferenceDataService reference;

	private final Clock clock;

	QualityReports(EstablishmentAccess access, AssessmentScores scores, ValidatedResults results, ReportQueries queries,
			PeerBenchmarkCache peers, ExplanationCache explanations, ReferenceDataService reference, Clock clock) {
		this.access = access;
		this.scores = scores;
		this.results = results;
		this.queries = queries;
		this.peers = peers;
		this.explanations = explanations;
		this.reference = reference;
		this.clock = clock;
	}

	/**
	 * @param date the date of the data; null for today
	 * @throws org.socle.shared.NotFoundException when the user may not read the
	 * establishment
	 */
	QualityReport report(long establishmentId, LocalDate date) {
		EstablishmentInfo establishment = this.access.requireReadable(establishmentId);
		LocalDate d = (date != null) ? date : LocalDate.now(this.clock);
		Instant endOfDay = d.plusDays(1).atStartOfDay(this.clock.getZone()).toInstant();
		List<ValidatedScore> history = this.scores.history(establishmentId)
			.stream()
			.filter((score) -> score.validatedAt().isBefore(endOfDay))
			.toList();
		Optional<Assessed> assessed = history.isEmpty() ? Optional.empty()
				: Optional.of(assessed(history.get(history.size() - 1), d));
		// before the benchmark: the version it reads keys the benchmark
		FiguresAndVersion figures = this.queries.operationalFigures(establishment, d);
		PeerBenchmark peers = assessed.isPresent() ? this.peers.get(figures.dataVersion(), establishment, d,
				() -> this.queries.peerBenchmark(establishment, d, this.clock.getZone())) : null;
		return new QualityReport(establishment, this.reference.region(establishment.regionCode()).orElse(null), d,
				history, assessed, peers, figures.figures());
	}

	/**
	 * History is oldest first, by reference date then validation: the last is the latest.
	 */
	private Assessed assessed(ValidatedScore latest, LocalDate d) {
		long id = latest.assessmentId();
		return new Assessed(latest, this.explanations.get(id, () -> this.results.explain(id)),
				this.queries.actionPlan(id, d));
	}

}
