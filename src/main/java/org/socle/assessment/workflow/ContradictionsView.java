package org.socle.assessment.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.socle.assessment.contradiction.ContradictionDecision;
import org.socle.assessment.contradiction.ContradictionRule;
import org.socle.assessment.contradiction.RecordSource;

/**
 * The contradictions an assessment's pages show: found now from the records while its
 * editing side works on it ({@code live}, warnings before submitting), or as kept at its
 * submission with the reviewer's decisions.
 *
 * @param canDecide whether the current user may record decisions now
 */
public record ContradictionsView(List<Row> rows, boolean live, boolean canDecide) {

	static ContradictionsView none() {
		return new ContradictionsView(List.of(), false, false);
	}

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

	/** Whether a contradiction concerns this indicator. */
	public boolean concerns(String indicatorCode) {
		return this.rows.stream().anyMatch((row) -> row.indicatorCode().equals(indicatorCode));
	}

	/** The contradictions of one indicator. */
	public List<Row> of(String indicatorCode) {
		return this.rows.stream().filter((row) -> row.indicatorCode().equals(indicatorCode)).toList();
	}

	/** The distinct indicators concerned, in the rows' order. */
	public List<String> indicatorCodes() {
		return this.rows.stream().map(Row::indicatorCode).distinct().toList();
	}

	/** The decisions a reviewer chooses from. */
	public List<ContradictionDecision> decisions() {
		return List.of(ContradictionDecision.values());
	}

	/** Contradictions not yet decided. */
	public long undecided() {
		return this.rows.stream().filter((row) -> row.decision() == null).count();
	}

	/**
	 * One contradiction: {@code id} and {@code version} are null for one found live;
	 * {@code links} lead to the records behind it.
	 */
	public record Row(Long id, Long version, ContradictionRule rule, String indicatorCode, String messageKey,
			List<String> args, List<Link> links, ContradictionDecision decision, String comment, String decidedBy,
			Instant decidedAt) {

	}

	/** A page showing records behind a contradiction. */
	public record Link(String messageKey, String href) {

		static List<Link> of(ContradictionRule rule, long establishmentId, LocalDate date) {
			return rule.sources()
				.stream()
				.map((RecordSource source) -> new Link(source.messageKey(), source.link(establishmentId, date)))
				.toList();
		}

	}

}
