package org.socle.assessment.scoring;

/**
 * What raising one indicator by one level would do to the overall result.
 *
 * @param gain how much the overall score would rise
 */
public record Improvement(String code, int fromLevel, int toLevel, Percent newScore, Percent gain, Rating newRating) {

}
