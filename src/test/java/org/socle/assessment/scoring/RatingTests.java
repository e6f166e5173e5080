package org.socle.assessment.scoring;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socle.assessment.scoring.TreeFixtures.fraction;
import static org.socle.assessment.scoring.TreeFixtures.scoreOfFourAndOne;

class RatingTests {

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({ "100, A", "85, A", "84, B", "60, B", "59, C", "30, C", "29, D", "0, D" })
	void bandsCompareTheRoundedScore(int roundedScore, Rating rating) {
		assertThat(Rating.forRoundedScore(roundedScore)).isEqualTo(rating);
	}

	@Test
	void exactly59Point5RoundsTo60AndIsRatedB() {
		// 100 × 119 / (119 + 81) = 59.5
		ScoreReport report = scoreOfFourAndOne(119, 81);

		assertThat(report.score()).contains(Percent.of(fraction(119, 2)));
		assertThat(report.rating().orElseThrow()).isEqualTo(new RatingResult(60, Rating.B, List.of(), Rating.B));
	}

	@Test
	void justBelow59Point5IsRatedCEvenWhenShownAs59Point5() {
		// 100 × 5949 / (5949 + 4051) = 59.49: shown 59.5, but the rating uses the exact
		// score.
		ScoreReport report = scoreOfFourAndOne(5949, 4051);

		assertThat(report.score().orElseThrow().display()).isEqualByComparingTo("59.5");
		assertThat(report.rating().orElseThrow()).isEqualTo(new RatingResult(59, Rating.C, List.of(), Rating.C));
	}

	@Test
	void exactly84Point5RoundsTo85AndIsRatedA() {
		// 100 × 169 / (169 + 31) = 84.5
		ScoreReport report = scoreOfFourAndOne(169, 31);

		assertThat(report.score()).contains(Percent.of(fraction(169, 2)));
		assertThat(report.rating().orElseThrow().rating()).isEqualTo(Rating.A);
	}

	@Test
	void exactly29Point5RoundsTo30AndIsRatedC() {
		// 100 × 59 / (59 + 141) = 29.5
		ScoreReport report = scoreOfFourAndOne(59, 141);

		assertThat(report.score()).contains(Percent.of(fraction(59, 2)));
		assertThat(report.rating().orElseThrow().rating()).isEqualTo(Rating.C);
	}

	@Test
	void aScoreOf56Point25IsShownAs56Point3() {
		// 100 × 9 / (9 + 7) = 56.25
		ScoreReport report = scoreOfFourAndOne(9, 7);

		assertThat(report.score()).contains(Percent.of(fraction(225, 4)));
		assertThat(report.score().orElseThrow().display()).isEqualByComparingTo("56.3");
	}

	@Test
	void aCapLowersARatingButNeverRaisesIt() {
		assertThat(Rating.A.cappedAt(Rating.C)).isEqualTo(Rating.C);
		assertThat(Rating.C.cappedAt(Rating.C)).isEqualTo(Rating.C);
		assertThat(Rating.D.cappedAt(Rating.C)).isEqualTo(Rating.D);
		assertThat(Rating.B.isBetterThan(Rating.C)).isTrue();
		assertThat(Rating.C.isBetterThan(Rating.B)).isFalse();
	}

}
