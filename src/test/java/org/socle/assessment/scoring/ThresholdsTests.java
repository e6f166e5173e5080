package org.socle.assessment.scoring;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.socle.assessment.scoring.TreeFixtures.higherIsBetter;
import static org.socle.assessment.scoring.TreeFixtures.lowerIsBetter;

class ThresholdsTests {

	@ParameterizedTest(name = "occupancy {0} % is level {1}")
	@CsvSource({ "0, 4", "89.99, 4", "90, 4", "90.000, 4", "90.01, 3", "99.99, 3", "100, 3", "100.01, 2", "109.99, 2",
			"110, 2", "110.01, 1", "800, 1" })
	void occupancyIsLowerIsBetterAndEachThresholdIsReachedExactlyOnIt(String value, int level) {
		Thresholds occupancy = lowerIsBetter("110", "100", "90");

		assertThat(occupancy.levelOf(new BigDecimal(value))).isEqualTo(level);
	}

	@ParameterizedTest(name = "{0} beneficiaries per carer is level {1}")
	@CsvSource({ "1, 4", "4.99, 4", "5, 4", "5.01, 3", "7.99, 3", "8, 3", "8.01, 2", "11.99, 2", "12, 2", "12.01, 1",
			"40, 1" })
	void staffRatioIsLowerIsBetterAndEachThresholdIsReachedExactlyOnIt(String value, int level) {
		Thresholds staffRatio = lowerIsBetter("12", "8", "5");

		assertThat(staffRatio.levelOf(new BigDecimal(value))).isEqualTo(level);
	}

	@ParameterizedTest(name = "health cover {0} % is level {1}")
	@CsvSource({ "0, 1", "49.99, 1", "50, 2", "50.0, 2", "79.99, 2", "80, 3", "94.99, 3", "95, 4", "100, 4" })
	void healthCoverIsHigherIsBetterAndEachThresholdIsReachedExactlyOnIt(String value, int level) {
		Thresholds healthCover = higherIsBetter("50", "80", "95");

		assertThat(healthCover.levelOf(new BigDecimal(value))).isEqualTo(level);
	}

	@ParameterizedTest(name = "{0} meetings is level {1}")
	@CsvSource({ "0, 1", "1, 2", "2, 3", "3, 3", "4, 4", "12, 4" })
	void countsMapToLevelsToo(String value, int level) {
		Thresholds meetings = higherIsBetter("1", "2", "4");

		assertThat(meetings.levelOf(new BigDecimal(value))).isEqualTo(level);
	}

	@Test
	void equalThresholdsSkipTheLevelsBetweenThem() {
		Thresholds allOrNothing = higherIsBetter("100", "100", "100");

		assertThat(allOrNothing.levelOf(new BigDecimal("100"))).isEqualTo(4);
		assertThat(allOrNothing.levelOf(new BigDecimal("99.9"))).isEqualTo(1);
	}

	@Test
	void thresholdsOutOfOrderForTheirDirectionAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> higherIsBetter("80", "50", "95"));
		assertThatIllegalArgumentException().isThrownBy(() -> higherIsBetter("110", "100", "90"));
		assertThatIllegalArgumentException().isThrownBy(() -> lowerIsBetter("90", "100", "110"));
		assertThatIllegalArgumentException().isThrownBy(() -> lowerIsBetter("12", "5", "8"));
	}

}
