package org.socle.assessment.scoring;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.socle.assessment.scoring.TreeFixtures.fraction;

class PercentTests {

	@ParameterizedTest(name = "{0}/{1} is shown as {2} and rounds to {3}")
	@CsvSource({ "700, 9, 77.8, 78", "1025, 18, 56.9, 57", "225, 4, 56.3, 56", "5624, 100, 56.2, 56",
			"119, 2, 59.5, 60", "5949, 100, 59.5, 59", "169, 2, 84.5, 85", "100, 3, 33.3, 33", "200, 3, 66.7, 67",
			"0, 1, 0.0, 0", "100, 1, 100.0, 100" })
	void showsOneDecimalAndRoundsToAWholeNumberHalfUpFromTheExactValue(long numerator, long denominator, String display,
			int rounded) {
		Percent percent = Percent.of(fraction(numerator, denominator));

		assertThat(percent.display()).isEqualTo(new BigDecimal(display));
		assertThat(percent.rounded()).isEqualTo(rounded);
	}

	@Test
	void equalFractionsMakeEqualPercents() {
		assertThat(Percent.of(fraction(1400, 18))).isEqualTo(Percent.of(fraction(700, 9)));
	}

	@Test
	void aDisplayValueThatDoesNotMatchTheExactValueIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Percent(fraction(700, 9), new BigDecimal("77.7")));
		assertThatIllegalArgumentException().isThrownBy(() -> new Percent(fraction(700, 9), new BigDecimal("77.78")));
	}

}
