package org.socle.assessment.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.socle.assessment.scoring.Cap;
import org.socle.assessment.scoring.Counts;
import org.socle.assessment.scoring.DomainResult;
import org.socle.assessment.scoring.Percent;
import org.socle.assessment.scoring.RatingResult;
import org.socle.assessment.scoring.ScoreReport;

import org.springframework.modulith.NamedInterface;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the scores of a validated assessment for reporting (tables
 * {@code assessment_score}, {@code assessment_domain_score},
 * {@code assessment_score_cap}): once, in three batched statements.
 */
@NamedInterface("seeding")
@Component
public class ScoreRecorder {

	private final JdbcTemplate jdbc;

	ScoreRecorder(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void record(long assessmentId, ScoreReport report, Instant at, String by) {
		Percent score = report.score()
			.orElseThrow(() -> new IllegalStateException("Assessment " + assessmentId + " has no score"));
		RatingResult rating = report.rating().orElseThrow();
		Counts counts = report.counts();
		Timestamp now = Timestamp.from(at);
		this.jdbc.update("""
				INSERT INTO assessment_score (assessment_id, score_exact, score, score_display, rounded_score, band,
				    rating, coverage, applicable_count, answered_count, not_applicable_count, computed_at,
				    created_at, created_by, updated_at, updated_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", assessmentId, exact(score), decimal(score), score.display(), rating.roundedScore(),
				rating.band().name(), rating.rating().name(), decimal(report.coverage()), counts.applicable(),
				counts.answered(), counts.notApplicable(), now, now, by, now, by);
		List<Object[]> domains = new ArrayList<>();
		List<Object[]> caps = new ArrayList<>();
		for (DomainResult domain : report.domains()) {
			Percent domainScore = domain.score().orElse(null);
			RatingResult domainRating = domain.rating().orElse(null);
			domains.add(new Object[] { assessmentId, domain.code(), domain.weight(),
					(domainScore != null) ? exact(domainScore) : null,
					(domainScore != null) ? decimal(domainScore) : null,
					(domainScore != null) ? domainScore.display() : null,
					(domainRating != null) ? domainRating.roundedScore() : null,
					(domainRating != null) ? domainRating.band().name() : null,
					(domainRating != null) ? domainRating.rating().name() : null, domain.counts().applicable(),
					domain.counts().answered(), domain.counts().notApplicable(), now, by, now, by });
			if (domainRating != null) {
				for (Cap cap : domainRating.caps()) {
					caps.add(cap("DOMAIN", domain.code(), assessmentId, cap, now, by));
				}
			}
		}
		for (Cap cap : rating.caps()) {
			caps.add(cap("OVERALL", null, assessmentId, cap, now, by));
		}
		this.jdbc.batchUpdate("""
				INSERT INTO assessment_domain_score (assessment_id, domain_code, weight, score_exact, score,
				    score_display, rounded_score, band, rating, applicable_count, answered_count,
				    not_applicable_count, created_at, created_by, updated_at, updated_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", domains);
		if (!caps.isEmpty()) {
			this.jdbc.batchUpdate("""
					INSERT INTO assessment_score_cap (assessment_id, scope, domain_code, reason, rating_limit,
					    indicator_codes, domain_codes, created_at, created_by, updated_at, updated_by)
					VALUES (?, ?, ?, ?, ?, string_to_array(?, ','), string_to_array(?, ','), ?, ?, ?, ?)
					""", caps);
		}
	}

	private static Object[] cap(String scope, String domainCode, long assessmentId, Cap cap, Timestamp now, String by) {
		return new Object[] { assessmentId, scope, domainCode, cap.reason().name(), cap.limit().name(),
				String.join(",", cap.indicatorCodes()), String.join(",", cap.domainCodes()), now, by, now, by };
	}

	/** The exact value as a fraction, e.g. {@code 700/9}, or an integer. */
	static String exact(Percent percent) {
		return percent.exact().toString().replace(" ", "");
	}

	static BigDecimal decimal(Percent percent) {
		return percent.exact().bigDecimalValue(4, RoundingMode.HALF_UP);
	}

}
