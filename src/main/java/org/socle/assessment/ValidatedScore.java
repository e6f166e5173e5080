package org.socle.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.socle.assessment.scoring.Cap;
import org.socle.assessment.scoring.Rating;

/**
 * The score of a validated assessment as stored at validation ({@link AssessmentScores}).
 * Scores are on the 0–100 scale as shown to users: rounded half-up to one decimal.
 *
 * @param standardVersion {@code MAJOR.MINOR}, e.g. {@code 1.0}
 * @param rating the final rating, after the caps
 * @param domains the domains that apply, in the standard's order
 * @param caps the caps on the overall rating (each domain carries its own)
 */
public record ValidatedScore(long assessmentId, long establishmentId, AssessmentKind kind, LocalDate referenceDate,
		Instant validatedAt, String standardCode, String standardVersion, BigDecimal score, Rating rating,
		List<DomainScore> domains, List<AppliedCap> caps) {

	public ValidatedScore {
		domains = List.copyOf(domains);
		caps = List.copyOf(caps);
	}

	/** {@code SOCLE-EPS 1.0}. */
	public String standardLabel() {
		return this.standardCode + " " + this.standardVersion;
	}

	ValidatedScore with(List<DomainScore> domains, List<AppliedCap> caps) {
		return new ValidatedScore(this.assessmentId, this.establishmentId, this.kind, this.referenceDate,
				this.validatedAt, this.standardCode, this.standardVersion, this.score, this.rating, domains, caps);
	}

	/**
	 * A domain's score and rating; both null when none of its indicators was answered.
	 *
	 * @param caps the caps on this domain's rating
	 */
	public record DomainScore(String code, int weight, BigDecimal score, Rating rating, List<AppliedCap> caps) {

		public DomainScore {
			caps = List.copyOf(caps);
		}

	}

	/**
	 * A cap that applied at validation (SCORING.md, "Caps"), with the indicators and
	 * domains that triggered it.
	 *
	 * @param domainCode the domain it caps, null for the overall rating
	 * @param limit the best rating it allowed
	 */
	public record AppliedCap(String domainCode, Cap.Reason reason, Rating limit, List<String> indicatorCodes,
			List<String> domainCodes) {

		public AppliedCap {
			indicatorCodes = List.copyOf(indicatorCodes);
			domainCodes = List.copyOf(domainCodes);
		}

	}

}
