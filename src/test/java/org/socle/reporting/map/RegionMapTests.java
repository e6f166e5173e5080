package org.socle.reporting.map;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled geometry gives one closed SVG path per region of the reference data (ISO
 * 3166-2:MA codes of {@code V10__reference_regions_provinces.sql}), inside the view box,
 * and stays light enough to inline in a page.
 */
class RegionMapTests {

	private final RegionMap map = new RegionMap();

	@Test
	void drawsExactlyTheTwelveRegionsOfTheReferenceData() throws Exception {
		String referenceData = Files.list(Path.of("src/main/resources/db/migration"))
			.filter(file -> file.toString().contains("reference"))
			.map(RegionMapTests::read)
			.collect(Collectors.joining());
		var codes = Pattern.compile("'(MA-\\d\\d)'")
			.matcher(referenceData)
			.results()
			.map(match -> match.group(1))
			.collect(Collectors.toSet());
		assertThat(codes).hasSize(12);
		assertThat(this.map.paths().keySet()).isEqualTo(codes);
	}

	@Test
	void pathsAreClosedInsideTheViewBoxAndLight() {
		String[] box = this.map.viewBox().split(" ");
		double width = Double.parseDouble(box[2]);
		double height = Double.parseDouble(box[3]);
		assertThat(width).isEqualTo(600);
		assertThat(height).isBetween(500.0, 800.0);
		this.map.paths().values().forEach(d -> {
			assertThat(d).startsWith("M").endsWith("Z");
			Pattern.compile("[ML](-?[\\d.]+),(-?[\\d.]+)").matcher(d).results().forEach(point -> {
				assertThat(Double.parseDouble(point.group(1))).isBetween(0.0, width + 0.1);
				assertThat(Double.parseDouble(point.group(2))).isBetween(0.0, height + 0.1);
			});
		});
		int size = this.map.paths().values().stream().mapToInt(String::length).sum();
		assertThat(size).as("inline SVG size").isLessThan(120_000);
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
