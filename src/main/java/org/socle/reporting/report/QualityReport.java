package org.socle.reporting.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.socle.assessment.ValidatedResult;
import org.socle.assessment.ValidatedScore;
import org.socle.assessment.ValidatedScore.DomainScore;
import org.socle.assessment.scoring.CriterionResult;
import org.socle.assessment.scoring.IndicatorResult;
import org.socle.assessment.scoring.Rating;
import org.socle.establishment.EstablishmentInfo;
import org.socle.reference.RegionRef;
import org.socle.reporting.report.ActionPlanStatus.Action;
import org.socle.standard.CriterionView;
import org.socle.standard.DomainView;
import org.socle.standard.IndicatorView;

/**
 * Everything an establishment's quality report shows, at the date of its data; the page
 * and the PDF render this same record.
 *
 * @param region the establishment's region; null when unknown
 * @param date the date of the data: figures are as they stood at the end of this day
 * @param history every assessment validated by then, oldest first (empty: none yet)
 * @param assessed the latest of them explained; empty when none
 * @param peers the benchmark of the latest score; null when none
 * @param figures the operational figures at the date
 */
record QualityReport(EstablishmentInfo establishment, RegionRef region, LocalDate date, List<ValidatedScore> history,
		Optional<Assessed> assessed, PeerBenchmark peers, OperationalFigures figures) {

	/** A level at or above which an indicator is a strength. */
	static final int STRENGTH = 4;

	/** A level at or below which an indicator is a weakness. */
	static final int WEAKNESS = 2;

	QualityReport {
		history = List.copyOf(history);
	}

	/**
	 * The latest validated assessment, its explanation and its action plan.
	 */
	record Assessed(ValidatedScore score, ValidatedResult result, ActionPlanStatus actions) {

		/**
		 * Where the score sits in its band (before any cap): the band's lower edge, the
		 * next band's edge (null in band A) and the distances to both.
		 */
		public BandPosition band() {
			Rating band = Rating.forRoundedScore(this.score.score().setScale(0, RoundingMode.HALF_UP).intValue());
			int index = Rating.values().length - 1 - band.ordinal();
			int from = SvgCharts.BAND_EDGES[index];
			Integer to = (index + 1 < SvgCharts.BAND_EDGES.length) ? SvgCharts.BAND_EDGES[index + 1] : null;
			return new BandPosition(band, from, to, this.score.score().subtract(BigDecimal.valueOf(from)),
					(to != null) ? BigDecimal.valueOf(to).subtract(this.score.score()) : null);
		}

		/** The domains with their stored score and their title in the standard. */
		public List<DomainLine> domains() {
			return this.score.domains()
				.stream()
				.map((domain) -> new DomainLine(domain, domainView(domain.code()).orElse(null)))
				.toList();
		}

		/** Every criterion with its result and title, in the standard's order. */
		public List<CriterionLine> criteria() {
			return this.result.report()
				.domains()
				.stream()
				.flatMap((domain) -> domain.criteria().stream())
				.map((criterion) -> new CriterionLine(criterion, criterionView(criterion.code()).orElse(null)))
				.toList();
		}

		/** Indicators at level 4. */
		public List<IndicatorLine> strengths() {
			return indicators(STRENGTH, STRENGTH);
		}

		/** Indicators at level 1 or 2, with their corrective action. */
		public List<IndicatorLine> weaknesses() {
			return indicators(1, WEAKNESS);
		}

		/** The indicator's definition (title, sources, guidance). */
		public Optional<IndicatorView> indicator(String code) {
			return this.result.standard().indicator(code);
		}

		public Optional<DomainView> domainView(String code) {
			return this.result.standard().domains().stream().filter((d) -> d.code().equals(code)).findFirst();
		}

		private Optional<CriterionView> criterionView(String code) {
			return this.result.standard()
				.domains()
				.stream()
				.flatMap((domain) -> domain.criteria().stream())
				.filter((criterion) -> criterion.code().equals(code))
				.findFirst();
		}

		private List<IndicatorLine> indicators(int from, int to) {
			return this.result.report()
				.indicators()
				.filter((indicator) -> indicator.level().filter((level) -> level >= from && level <= to).isPresent())
				.map((indicator) -> new IndicatorLine(indicator, indicator(indicator.code()).orElse(null),
						this.actions.of(indicator.code()).orElse(null)))
				.toList();
		}

	}

	/**
	 * @param next the edge of the band above; null in the best band
	 * @param below how far the score is from {@code next}; null in the best band
	 */
	record BandPosition(Rating band, int from, Integer next, BigDecimal above, BigDecimal below) {

	}

	/**
	 * @param view null when the standard no longer has it
	 */
	record DomainLine(DomainScore score, DomainView view) {

		public boolean isCapped() {
			return !this.score.caps().isEmpty();
		}

	}

	record CriterionLine(CriterionResult result, CriterionView view) {

	}

	/**
	 * @param action the corrective action proposed for it; null when none
	 */
	record IndicatorLine(IndicatorResult result, IndicatorView view, Action action) {

		public int level() {
			return this.result.level().orElseThrow();
		}

	}

	/** The domain codes met in the history, in code order (the evolution's columns). */
	public List<String> historyDomainCodes() {
		TreeSet<String> codes = new TreeSet<>();
		this.history.forEach((score) -> score.domains().forEach((domain) -> codes.add(domain.code())));
		return List.copyOf(codes);
	}

	/** A historical score of one domain; null when not scored. */
	public BigDecimal domainScore(ValidatedScore score, String code) {
		return score.domains()
			.stream()
			.filter((domain) -> domain.code().equals(code))
			.map(DomainScore::score)
			.findFirst()
			.orElse(null);
	}

}
