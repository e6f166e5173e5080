package org.socle.assessment.scoring;

import java.util.Comparator;
import java.util.List;

/**
 * How a rating was reached: the score rounded to a whole number, the band it falls in,
 * every cap that applies (whether or not it lowered the band), and the final rating.
 */
public record RatingResult(int roundedScore, Rating band, List<Cap> caps, Rating rating) {

	// Caps in a stable order, so that the order of the standard's nodes never shows.
	private static final Comparator<Cap> CAP_ORDER = Comparator.comparing(Cap::reason)
		.thenComparing((cap) -> String.join(",", cap.indicatorCodes()))
		.thenComparing((cap) -> String.join(",", cap.domainCodes()));

	public RatingResult {
		caps = List.copyOf(caps);
	}

	static RatingResult of(Percent score, List<Cap> caps) {
		int roundedScore = score.rounded();
		Rating band = Rating.forRoundedScore(roundedScore);
		Rating rating = caps.stream().map(Cap::limit).reduce(band, Rating::cappedAt);
		return new RatingResult(roundedScore, band, caps.stream().sorted(CAP_ORDER).toList(), rating);
	}

}
