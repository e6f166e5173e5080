package org.socle.assessment.scoring;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socle.assessment.scoring.Cap.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socle.assessment.scoring.TreeFixtures.answers;
import static org.socle.assessment.scoring.TreeFixtures.criterion;
import static org.socle.assessment.scoring.TreeFixtures.critical;
import static org.socle.assessment.scoring.TreeFixtures.domain;
import static org.socle.assessment.scoring.TreeFixtures.domainResult;
import static org.socle.assessment.scoring.TreeFixtures.fraction;
import static org.socle.assessment.scoring.TreeFixtures.indicator;
import static org.socle.assessment.scoring.TreeFixtures.level;
import static org.socle.assessment.scoring.TreeFixtures.tree;

class CapsTests {

	// Each domain: a critical indicator of weight 1 and an ordinary one of weight 9. With
	// the
	// critical one at 1 and the other at 4 the domain scores 100 × 27 / 30 = 90, band A.
	private static final StandardTree TWO_DOMAINS = tree(
			domain("D1", 1, criterion("D1.C1", 1, critical("D1.C1.I1", 1), level("D1.C1.I2", 9))),
			domain("D2", 1, criterion("D2.C1", 1, critical("D2.C1.I1", 1), level("D2.C1.I2", 9))));

	private static Cap criticalAtLevel1(String indicatorCode, String domainCode) {
		return new Cap(Reason.CRITICAL_AT_LEVEL_1, List.of(indicatorCode), List.of(domainCode));
	}

	private static ScoreReport scoreTwoDomains(int d1Critical, int d2Critical) {
		return ScoringEngine.score(TWO_DOMAINS, answers("D1.C1.I1", Answer.level(d1Critical), "D1.C1.I2",
				Answer.level(4), "D2.C1.I1", Answer.level(d2Critical), "D2.C1.I2", Answer.level(4)));
	}

	@Test
	void aCriticalIndicatorAtLevel1CapsItsDomainAndTheOverallRatingAtC() {
		ScoreReport report = scoreTwoDomains(1, 4);

		assertThat(domainResult(report, "D1").rating().orElseThrow())
			.isEqualTo(new RatingResult(90, Rating.A, List.of(criticalAtLevel1("D1.C1.I1", "D1")), Rating.C));
		assertThat(domainResult(report, "D2").rating().orElseThrow())
			.isEqualTo(new RatingResult(100, Rating.A, List.of(), Rating.A));
		// (90 + 100) / 2 = 95
		assertThat(report.score()).contains(Percent.of(fraction(95, 1)));
		assertThat(report.rating().orElseThrow())
			.isEqualTo(new RatingResult(95, Rating.A, List.of(criticalAtLevel1("D1.C1.I1", "D1")), Rating.C));
	}

	@Test
	void twoCriticalIndicatorsAtLevel1CapTheOverallRatingAtD() {
		ScoreReport report = scoreTwoDomains(1, 1);

		assertThat(domainResult(report, "D1").rating().orElseThrow().rating()).isEqualTo(Rating.C);
		assertThat(domainResult(report, "D2").rating().orElseThrow().rating()).isEqualTo(Rating.C);
		assertThat(report.rating().orElseThrow()).isEqualTo(new RatingResult(90, Rating.A,
				List.of(criticalAtLevel1("D1.C1.I1", "D1"), criticalAtLevel1("D2.C1.I1", "D2"), new Cap(
						Reason.TWO_OR_MORE_CRITICAL_AT_LEVEL_1, List.of("D1.C1.I1", "D2.C1.I1"), List.of("D1", "D2"))),
				Rating.D));
	}

	@Test
	void twoCriticalIndicatorsAtLevel1InOneDomainCapItAtCAndTheOverallAtD() {
		StandardTree tree = tree(
				domain("D1", 1, criterion("D1.C1", 1, critical("D1.C1.I1", 1), level("D1.C1.I2", 18)),
						criterion("D1.C2", 1, critical("D1.C2.I1", 1), level("D1.C2.I2", 18))),
				domain("D2", 1, criterion("D2.C1", 1, level("D2.C1.I1", 1))));

		ScoreReport report = ScoringEngine.score(tree, answers("D1.C1.I1", Answer.level(1), "D1.C1.I2", Answer.level(4),
				"D1.C2.I1", Answer.level(1), "D1.C2.I2", Answer.level(4), "D2.C1.I1", Answer.level(4)));

		// D1: each criterion 100 × 54 / 57 = 1800/19 = 94.7, band A, capped at C.
		assertThat(domainResult(report, "D1").rating().orElseThrow()).isEqualTo(new RatingResult(95, Rating.A,
				List.of(criticalAtLevel1("D1.C1.I1", "D1"), criticalAtLevel1("D1.C2.I1", "D1")), Rating.C));
		assertThat(report.rating().orElseThrow().caps())
			.contains(new Cap(Reason.TWO_OR_MORE_CRITICAL_AT_LEVEL_1, List.of("D1.C1.I1", "D1.C2.I1"), List.of("D1")));
		assertThat(report.rating().orElseThrow().rating()).isEqualTo(Rating.D);
	}

	@Test
	void aDomainRatedDCapsTheOverallRatingAtC() {
		StandardTree tree = tree(domain("D1", 1, criterion("D1.C1", 1, level("D1.C1.I1", 1))),
				domain("D2", 9, criterion("D2.C1", 1, level("D2.C1.I1", 1))));

		ScoreReport report = ScoringEngine.score(tree,
				answers("D1.C1.I1", Answer.level(1), "D2.C1.I1", Answer.level(4)));

		assertThat(domainResult(report, "D1").rating().orElseThrow())
			.isEqualTo(new RatingResult(0, Rating.D, List.of(), Rating.D));
		// (1 · 0 + 9 · 100) / 10 = 90
		assertThat(report.rating().orElseThrow()).isEqualTo(new RatingResult(90, Rating.A,
				List.of(new Cap(Reason.DOMAIN_RATED_D, List.of(), List.of("D1"))), Rating.C));
	}

	@Test
	void aCriticalIndicatorAtLevel1InADomainRatedDGivesBothReasons() {
		StandardTree tree = tree(domain("D1", 1, criterion("D1.C1", 1, critical("D1.C1.I1", 1))),
				domain("D2", 9, criterion("D2.C1", 1, level("D2.C1.I1", 1))));

		ScoreReport report = ScoringEngine.score(tree,
				answers("D1.C1.I1", Answer.level(1), "D2.C1.I1", Answer.level(4)));

		// The domain's own cap (C) cannot lift it out of D.
		assertThat(domainResult(report, "D1").rating().orElseThrow())
			.isEqualTo(new RatingResult(0, Rating.D, List.of(criticalAtLevel1("D1.C1.I1", "D1")), Rating.D));
		assertThat(report.rating().orElseThrow()).isEqualTo(new RatingResult(90, Rating.A,
				List.of(criticalAtLevel1("D1.C1.I1", "D1"), new Cap(Reason.DOMAIN_RATED_D, List.of(), List.of("D1"))),
				Rating.C));
	}

	@Test
	void allCapsTogetherLeaveTheStrictest() {
		StandardTree tree = tree(domain("D1", 1, criterion("D1.C1", 1, critical("D1.C1.I1", 1))),
				domain("D2", 1, criterion("D2.C1", 1, critical("D2.C1.I1", 1), level("D2.C1.I2", 9))),
				domain("D3", 8, criterion("D3.C1", 1, level("D3.C1.I1", 1))));

		ScoreReport report = ScoringEngine.score(tree, answers("D1.C1.I1", Answer.level(1), "D2.C1.I1", Answer.level(1),
				"D2.C1.I2", Answer.level(4), "D3.C1.I1", Answer.level(4)));

		// (0 + 90 + 8 · 100) / 10 = 89
		assertThat(report.rating().orElseThrow()).isEqualTo(new RatingResult(89, Rating.A,
				List.of(criticalAtLevel1("D1.C1.I1", "D1"), criticalAtLevel1("D2.C1.I1", "D2"),
						new Cap(Reason.TWO_OR_MORE_CRITICAL_AT_LEVEL_1, List.of("D1.C1.I1", "D2.C1.I1"),
								List.of("D1", "D2")),
						new Cap(Reason.DOMAIN_RATED_D, List.of(), List.of("D1"))),
				Rating.D));
	}

	@Test
	void aCapThatDoesNotLowerTheBandIsStillReported() {
		ScoreReport report = ScoringEngine.score(TWO_DOMAINS,
				answers("D1.C1.I1", Answer.level(1), "D1.C1.I2", Answer.level(1), "D2.C1.I2", Answer.level(1)));

		assertThat(report.rating().orElseThrow()).isEqualTo(new RatingResult(0, Rating.D,
				List.of(criticalAtLevel1("D1.C1.I1", "D1"), new Cap(Reason.DOMAIN_RATED_D, List.of(), List.of("D1")),
						new Cap(Reason.DOMAIN_RATED_D, List.of(), List.of("D2"))),
				Rating.D));
	}

	@Test
	void onlyAnsweredCriticalIndicatorsAtLevel1Cap() {
		StandardTree tree = tree(domain("D1", 1,
				criterion("D1.C1", 1, critical("D1.C1.I1", 1), level("D1.C1.I2", 1),
						indicator("D1.C1.I3", 1, AnswerType.LEVEL, true, true), critical("D1.C1.I4", 1),
						level("D1.C1.I5", 9))));
		Map<String, Answer> answers = answers("D1.C1.I1", Answer.level(2), "D1.C1.I2", Answer.level(1), "D1.C1.I3",
				Answer.notApplicable(), "D1.C1.I5", Answer.level(4));

		ScoreReport report = ScoringEngine.score(tree, answers);

		// A critical at 2, an ordinary one at 1, a critical N/A and a critical
		// unanswered:
		// no cap. (The last two block submission instead.) D1 scores 100 × 28 / 33 =
		// 84.8.
		assertThat(domainResult(report, "D1").rating().orElseThrow())
			.isEqualTo(new RatingResult(85, Rating.A, List.of(), Rating.A));
		assertThat(report.rating().orElseThrow().caps()).isEmpty();
	}

}
