package org.socle.reporting.report;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The charts' coordinates are written as {@code %.1f} writes them. */
class SvgChartsTests {

	@Test
	void coordinatesHaveOneDecimalAsFormatGivesThem() {
		for (int i = -20_000; i <= 70_000; i++) {
			double value = i / 97.0;
			assertThat(SvgCharts.num(value)).as("%s", value).isEqualTo(String.format(Locale.ROOT, "%.1f", value));
		}
		assertThat(SvgCharts.num(0)).isEqualTo("0.0");
		assertThat(SvgCharts.num(584.96)).isEqualTo("585.0");
	}

}
