package org.socle.reporting.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Domain scores of the ranking page's assessments: one column per domain code met, in the
 * standard's order, with the title of the latest standard version that has it.
 *
 * @param scores by assessment id, then domain code
 */
record HeatMap(List<Domain> domains, Map<Long, Map<String, DomainScore>> scores) {

	static final HeatMap EMPTY = new HeatMap(List.of(), Map.of());

	/** The cell of an assessment and a domain; null when not scored. */
	public DomainScore score(Long assessmentId, String domainCode) {
		Map<String, DomainScore> byDomain = (assessmentId != null) ? this.scores.get(assessmentId) : null;
		return (byDomain != null) ? byDomain.get(domainCode) : null;
	}

	record Domain(String code, String titleFr, String titleAr, String titleEn) {

		public String title(Locale locale) {
			String title = switch (locale.getLanguage()) {
				case "ar" -> this.titleAr;
				case "en" -> this.titleEn;
				default -> this.titleFr;
			};
			return (title != null) ? title : this.titleFr;
		}

	}

	/**
	 * @param score as shown (one decimal); null when none of the domain's indicators was
	 * answered
	 * @param band the band of the score (A to D), which colours the cell
	 */
	record DomainScore(BigDecimal score, String band) {
	}

}
