package org.socle.assessment.scoring;

/**
 * Rating bands, best first (SCORING.md, "Rating"). Labels are translated by the caller
 * under the keys {@code Rating.A} to {@code Rating.D}.
 */
public enum Rating {

	/** Excellent: 85 and above. */
	A,

	/** Meets the standard: 60 to 84. */
	B,

	/** Needs improvement: 30 to 59. */
	C,

	/** Inadequate: below 30. */
	D;

	/** The band of a score already rounded half-up to a whole number. */
	public static Rating forRoundedScore(int roundedScore) {
		if (roundedScore >= 85) {
			return A;
		}
		if (roundedScore >= 60) {
			return B;
		}
		if (roundedScore >= 30) {
			return C;
		}
		return D;
	}

	public boolean isBetterThan(Rating other) {
		return compareTo(other) < 0;
	}

	/**
	 * This rating, or the limit where the limit is worse: a cap never raises a rating.
	 */
	Rating cappedAt(Rating limit) {
		return limit.isBetterThan(this) ? this : limit;
	}

}
