package org.socle.reporting.dashboard;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Colours and legend of the map, and the suppression of small counts.
 */
class MapShadingTests {

	@Test
	void scoresTakeTheColourOfTheirRatingBandOnTheRoundedScore() {
		MapShading shading = MapShading.of(MapFigure.Kind.SCORE, values("84.5", "84.4", "29.5", null));
		assertThat(shading.cssClass(new BigDecimal("84.5"))).isEqualTo("map-band-A");
		assertThat(shading.cssClass(new BigDecimal("84.4"))).isEqualTo("map-band-B");
		assertThat(shading.cssClass(new BigDecimal("59.4"))).isEqualTo("map-band-C");
		assertThat(shading.cssClass(new BigDecimal("29.4"))).isEqualTo("map-band-D");
		assertThat(shading.cssClass(null)).isEqualTo(MapShading.NO_DATA);
		assertThat(shading.legend()).extracting(MapShading.LegendEntry::cssClass)
			.containsExactly("map-band-A", "map-band-B", "map-band-C", "map-band-D", MapShading.NO_DATA);
	}

	@Test
	void countsFallIntoFiveClassesOfEqualWidthUpToTheLargest() {
		MapShading shading = MapShading.of(MapFigure.Kind.COUNT, values("0", "10", "50", "41"));
		assertThat(shading.cssClass(BigDecimal.ZERO)).isEqualTo("map-1");
		assertThat(shading.cssClass(new BigDecimal("10"))).isEqualTo("map-1");
		assertThat(shading.cssClass(new BigDecimal("11"))).isEqualTo("map-2");
		assertThat(shading.cssClass(new BigDecimal("41"))).isEqualTo("map-5");
		assertThat(shading.legend()).extracting((entry) -> entry.messageKey() + Arrays.toString(entry.arguments()))
			.containsExactly("dashboard.map.upTo[10]", "dashboard.map.range[11, 20]", "dashboard.map.range[21, 30]",
					"dashboard.map.range[31, 40]", "dashboard.map.range[41, 50]");
	}

	@Test
	void fewDistinctValuesMakeFewerClassesEndingAtTheDarkest() {
		MapShading shading = MapShading.of(MapFigure.Kind.COUNT, values("1", "2", null));
		assertThat(shading.cssClass(BigDecimal.ONE)).isEqualTo("map-3");
		assertThat(shading.cssClass(new BigDecimal("2"))).isEqualTo("map-5");
		assertThat(shading.legend()).extracting(MapShading.LegendEntry::messageKey)
			.containsExactly("dashboard.map.upTo", "dashboard.map.exactly", "dashboard.map.noData");
	}

	@Test
	void percentagesKeepOneDecimalInTheirBounds() {
		MapShading shading = MapShading.of(MapFigure.Kind.PERCENT, values("87.3", "12.0"));
		assertThat(shading.legend().get(0).arguments()).containsExactly(new BigDecimal("17.5"));
		assertThat(shading.cssClass(new BigDecimal("17.5"))).isEqualTo("map-1");
		assertThat(shading.cssClass(new BigDecimal("17.6"))).isEqualTo("map-2");
	}

	@Test
	void countsUnderFiveAreSuppressed() {
		assertThat(SmallCount.of(0).suppressed()).isTrue();
		assertThat(SmallCount.of(4).value()).isNull();
		assertThat(SmallCount.of(5).value()).isEqualTo(5);
		assertThat(SmallCount.of(1234).value()).isEqualTo(1234);
	}

	private static List<BigDecimal> values(String... values) {
		return Arrays.stream(values).map((value) -> (value != null) ? new BigDecimal(value) : null).toList();
	}

}
