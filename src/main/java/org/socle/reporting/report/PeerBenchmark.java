package org.socle.reporting.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The establishment's scores against its peers: the establishments of the same category,
 * of the same region and of the whole country, each counted with its latest validated
 * assessment when that was validated in the {@value #MONTHS} months before the report's
 * date ({@link ReportQueries#peerBenchmark}).
 *
 * @param groups the category's, the region's and the national group, in that order
 */
record PeerBenchmark(List<Group> groups) {

	/** Only assessments validated in this many months count. */
	static final int MONTHS = 24;

	/**
	 * Groups smaller than this are not shown: with fewer establishments, one could work
	 * out another establishment's score.
	 */
	static final int MINIMUM_GROUP = 5;

	PeerBenchmark {
		groups = List.copyOf(groups);
	}

	/** {@value #MONTHS}, for the page. */
	public int months() {
		return MONTHS;
	}

	/** {@value #MINIMUM_GROUP}, for the page. */
	public int minimumGroup() {
		return MINIMUM_GROUP;
	}

	enum Kind {

		CATEGORY, REGION, NATIONAL

	}

	/**
	 * @param overall the overall score's figure; its size is the group's size
	 * @param domains a figure per domain code, in code order
	 */
	record Group(Kind kind, Figure overall, List<Figure> domains) {

		Group {
			domains = List.copyOf(domains);
		}

		public boolean isShown() {
			return this.overall.isShown();
		}

		public Optional<Figure> domain(String code) {
			return this.domains.stream().filter((figure) -> figure.domainCode().equals(code)).findFirst();
		}

	}

	/**
	 * Quartiles of one score over a group (percentile_cont, to one decimal); all three
	 * null when the group has fewer than {@value #MINIMUM_GROUP} establishments.
	 *
	 * @param domainCode null for the overall score
	 * @param size how many establishments have this score
	 */
	record Figure(String domainCode, long size, BigDecimal lowerQuartile, BigDecimal median, BigDecimal upperQuartile) {

		static Figure empty(String domainCode) {
			return new Figure(domainCode, 0, null, null, null);
		}

		public boolean isShown() {
			return this.median != null;
		}

	}

}
