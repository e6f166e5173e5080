package org.socle.assessment.scoring;

import java.util.List;

/**
 * A rule that limits a rating whatever the score (SCORING.md, "Caps"), with the codes of
 * the indicators and domains that triggered it.
 */
public record Cap(Reason reason, List<String> indicatorCodes, List<String> domainCodes) {

	public Cap {
		indicatorCodes = indicatorCodes.stream().sorted().toList();
		domainCodes = domainCodes.stream().sorted().toList();
	}

	/** The best rating this cap allows. */
	public Rating limit() {
		return this.reason.limit();
	}

	public enum Reason {

		/**
		 * A critical indicator at level 1 caps its domain and the overall rating at C.
		 */
		CRITICAL_AT_LEVEL_1(Rating.C),

		/** Two or more critical indicators at level 1 cap the overall rating at D. */
		TWO_OR_MORE_CRITICAL_AT_LEVEL_1(Rating.D),

		/** A domain rated D caps the overall rating at C. */
		DOMAIN_RATED_D(Rating.C);

		private final Rating limit;

		Reason(Rating limit) {
			this.limit = limit;
		}

		public Rating limit() {
			return this.limit;
		}

	}

}
