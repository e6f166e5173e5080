package org.socle.standard.installer;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.standard.AnswerType;
import org.socle.standard.ApplicableCategory;
import org.socle.standard.IndicatorThresholds;
import org.socle.standard.IndicatorView;
import org.socle.standard.MetricKey;
import org.socle.standard.StandardCatalog;
import org.socle.standard.StandardStatus;
import org.socle.standard.StandardSummary;
import org.socle.standard.StandardTreeView;
import org.socle.standard.ThresholdDirection;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SOCLE-EPS 1.0 is installed and published on first start, once, and matches the
 * specification table of STANDARD-SOCLE-EPS-1.0.md, encoded here line by line.
 */
@SocleTest
class DefaultStandardTests {

	private static final String ALL = "all";

	/** Domain and criterion weights: code → weight. */
	private static final Map<String, Integer> GROUP_WEIGHTS = weights(
			"D1 2, D1.C1 2, D1.C2 1, D1.C3 1, " + "D2 2, D2.C1 2, D2.C2 2, D2.C3 1, D3 2, D3.C1 2, D3.C2 2, D3.C3 1, "
					+ "D4 2, D4.C1 2, D4.C2 2, D4.C3 2, D4.C4 1, D5 3, D5.C1 2, D5.C2 1, D5.C3 2, "
					+ "D6 2, D6.C1 2, D6.C2 1, D6.C3 1, D6.C4 1, D7 1, D7.C1 1, D7.C2 1");

	/**
	 * The specification table: code | type (METRIC* = computed) | thresholds t2/t3/t4 and
	 * ↓ for lower is better | weight | critical | applies to | metric key, unit.
	 */
	private static final List<String> TABLE = List.of("D1.C1.I1 | YES_NO   |               | 2 | ✔ | all | ",
			"D1.C1.I2 | LEVEL    |               | 1 |   | all | ",
			"D1.C1.I3 | YES_NO   |               | 1 |   | all | ",
			"D1.C2.I1 | METRIC   | 1/2/4         | 1 |   | all | - meetings",
			"D1.C2.I2 | YES_NO   |               | 1 |   | all | ",
			"D1.C2.I3 | YES_NO   |               | 1 |   | all | ",
			"D1.C3.I1 | LEVEL    |               | 1 |   | all | ",
			"D1.C3.I2 | METRIC   | 20/40/60      | 1 |   | all | - %",
			"D2.C1.I1 | METRIC*  | 110/100/90 ↓  | 2 | ✔ | all | OCCUPANCY_RATE %",
			"D2.C2.I1 | YES_NO   |               | 1 | ✔ | all | ",
			"D2.C2.I2 | LEVEL    |               | 1 |   | all | ",
			"D2.C2.I3 | LEVEL    |               | 1 |   | all | ",
			"D2.C3.I1 | METRIC*  | 60/90/100     | 1 |   | all | COMPLETE_FILE_RATE %",
			"D3.C1.I1 | METRIC*  | 50/80/95      | 2 | ✔ | all | HEALTH_COVER_RATE %",
			"D3.C2.I1 | METRIC*  | 50/80/95      | 1 |   | all | HEALTH_CHECK_30D_RATE %",
			"D3.C2.I2 | LEVEL    |               | 1 |   | all | ",
			"D3.C2.I3 | LEVEL    |               | 1 |   | all | ",
			"D3.C3.I1 | LEVEL    |               | 1 |   | WOMEN MULTI HOMELESS | ",
			"D4.C1.I1 | METRIC*  | 70/90/98      | 2 |   | CHILDREN STUDENTS MULTI | SCHOOL_ENROLMENT_RATE %",
			"D4.C1.I2 | METRIC*  | 70/90/100     | 1 |   | CHILDREN MULTI | CIVIL_REGISTRATION_RATE %",
			"D4.C1.I3 | METRIC*  | 30/60/85      | 1 |   | CHILDREN STUDENTS MULTI | FAMILY_AID_RATE %",
			"D4.C2.I1 | METRIC*  | 20/50/80      | 1 |   | ELDERLY MULTI | PENSION_RATE %",
			"D4.C3.I1 | METRIC*  | 30/60/85      | 1 |   | DISABILITY MULTI | DISABILITY_SUPPORT_RATE %",
			"D4.C4.I1 | METRIC*  | 30/50/70      | 1 |   | -ELDERLY | POSITIVE_DISCHARGE_RATE %",
			"D4.C4.I2 | LEVEL    |               | 1 |   | WOMEN HOMELESS DISABILITY MULTI | ",
			"D4.C4.I3 | METRIC*  | 40/70/90      | 1 |   | all | RSU_RATE %",
			"D5.C1.I1 | METRIC*  | 50/80/95      | 2 |   | all | CARE_PLAN_REVIEWED_RATE %",
			"D5.C1.I2 | METRIC*  | 40/70/90      | 1 |   | all | PSYCHOSOCIAL_SUPPORT_RATE %",
			"D5.C2.I1 | METRIC   | 6/12/20       | 1 | ✔ | -STUDENTS | - MAD/day",
			"D5.C3.I1 | METRIC*  | 12/8/5 ↓      | 2 |   | all | STAFF_RATIO ratio",
			"D5.C3.I2 | YES_NO   |               | 1 |   | all | ",
			"D5.C3.I3 | METRIC   | 4/12/24       | 1 |   | all | - hours",
			"D6.C1.I1 | YES_NO   |               | 2 | ✔ | all | ",
			"D6.C1.I2 | LEVEL    |               | 1 |   | all | ",
			"D6.C2.I1 | YES_NO   |               | 1 |   | all | ",
			"D6.C2.I2 | METRIC   | 50/80/95      | 1 |   | all | - %",
			"D6.C3.I1 | LEVEL    |               | 1 |   | all | ",
			"D6.C4.I1 | METRIC*  | 60/90/100     | 1 |   | all | CONSENT_RATE %",
			"D7.C1.I1 | METRIC*  | 70/90/98      | 1 |   | all | REGISTER_COMPLETENESS_RATE %",
			"D7.C2.I1 | METRIC*  | 30/60/85      | 1 |   | all | ACTION_PLAN_ON_TIME_RATE %");

	/** The sources column, by indicator. */
	private static final Map<String, List<String>> SOURCES = Map.ofEntries(
			Map.entry("D1.C1.I1", List.of("Loi 65-15 art. 11", "R202 §3(b)")),
			Map.entry("D1.C2.I1", List.of("Loi 65-15", "C102 art. 72", "R202 §3(j)")),
			Map.entry("D3.C1.I1", List.of("R202 §5(a)", "C102 Part II", "Loi-cadre 09-21")),
			Map.entry("D3.C3.I1", List.of("C102 Part VIII, art. 49", "R202 §5(a)")),
			Map.entry("D4.C1.I3", List.of("C102 Part VII", "R202 §5(b)", "Loi-cadre 09-21")),
			Map.entry("D6.C2.I1", List.of("C102 art. 70", "R202 §3(o), §7")),
			Map.entry("D6.C4.I1", List.of("Loi 09-08", "R202 §23")));

	@Autowired
	StandardCatalog catalog;

	@Autowired
	DefaultStandardInstaller installer;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void isInstalledPublishedOnceAndIsTheDefault() {
		assertThat(this.installer.install()).as("a second installation").isFalse();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from reference_standard where code = 'SOCLE-EPS' and standard_version = '1.0'",
				Long.class))
			.isEqualTo(1);
		StandardSummary standard = this.catalog.defaultStandard().orElseThrow();
		assertThat(standard.label()).isEqualTo("SOCLE-EPS 1.0");
		assertThat(standard.status()).isEqualTo(StandardStatus.PUBLISHED);
		assertThat(standard.publishedAt()).isNotNull();
		assertThat(standard.title().fr()).isNotBlank();
		assertThat(standard.title().ar()).isNotBlank();
		assertThat(standard.title().en()).isNotBlank();
		assertThat(this.catalog.listPublished()).extracting(StandardSummary::label).contains("SOCLE-EPS 1.0");
	}

	@Test
	void matchesTheSpecificationTable() {
		StandardTreeView tree = this.catalog.publishedTree(this.catalog.defaultStandard().orElseThrow().id());

		Map<String, Integer> groupWeights = new LinkedHashMap<>();
		tree.domains().forEach((domain) -> {
			groupWeights.put(domain.code(), domain.weight());
			domain.criteria().forEach((criterion) -> groupWeights.put(criterion.code(), criterion.weight()));
		});
		assertThat(groupWeights).containsExactlyEntriesOf(GROUP_WEIGHTS);

		List<IndicatorView> indicators = tree.indicators().toList();
		assertThat(indicators).extracting(IndicatorView::code)
			.containsExactlyElementsOf(TABLE.stream().map((line) -> cell(line, 0)).toList());
		for (int i = 0; i < TABLE.size(); i++) {
			assertMatches(indicators.get(i), TABLE.get(i));
		}
		SOURCES.forEach((code, sources) -> assertThat(tree.indicator(code).orElseThrow().sources()).as(code)
			.containsExactlyElementsOf(sources));
		assertThat(indicators).allSatisfy((indicator) -> assertThat(indicator.sources()).isNotEmpty());
	}

	@Test
	void hasTheDocumentedShape() {
		StandardTreeView tree = this.catalog.publishedTree(this.catalog.defaultStandard().orElseThrow().id());
		List<IndicatorView> indicators = tree.indicators().toList();
		assertThat(tree.domains()).hasSize(7);
		assertThat(tree.domains().stream().mapToInt((domain) -> domain.criteria().size()).sum()).isEqualTo(22);
		assertThat(indicators).hasSize(40);
		assertThat(count(indicators, AnswerType.LEVEL)).isEqualTo(10);
		assertThat(count(indicators, AnswerType.YES_NO)).isEqualTo(8);
		assertThat(count(indicators, AnswerType.METRIC)).isEqualTo(22);
		assertThat(indicators.stream().filter(IndicatorView::isComputed).count()).isEqualTo(17);
		assertThat(indicators.stream().filter(IndicatorView::critical).count()).isEqualTo(6);
		assertThat(indicators).allSatisfy((indicator) -> {
			assertThat(indicator.title().fr()).isNotBlank();
			assertThat(indicator.title().ar()).isNotBlank();
			assertThat(indicator.title().en()).isNotBlank();
			assertThat(indicator.guidance()).isNotNull();
			assertThat(indicator.guidance().ar()).isNotBlank();
			assertThat(indicator.guidance().en()).isNotBlank();
			assertThat(indicator.evidence()).isNotNull();
			if (indicator.critical()) {
				assertThat(indicator.naAllowed()).as(indicator.code()).isFalse();
			}
		});
		assertThat(tree.applicableTo("ELDERLY").indicator("D4.C4.I1")).isEmpty();
		assertThat(tree.applicableTo("STUDENTS").indicator("D5.C2.I1")).isEmpty();
		assertThat(tree.applicableTo("ELDERLY").indicator("D4.C2.I1")).isPresent();
	}

	private static void assertMatches(IndicatorView indicator, String line) {
		String code = cell(line, 0);
		String type = cell(line, 1);
		assertThat(indicator.answerType()).as(code).isEqualTo(AnswerType.valueOf(type.replace("*", "")));
		assertThat(indicator.isComputed()).as(code + " computed").isEqualTo(type.endsWith("*"));
		assertThat(indicator.weight()).as(code + " weight").isEqualTo(Integer.parseInt(cell(line, 3)));
		assertThat(indicator.critical()).as(code + " critical").isEqualTo(!cell(line, 4).isEmpty());
		assertThat(Set.copyOf(indicator.categories())).as(code + " applies to").isEqualTo(categories(cell(line, 5)));
		String thresholds = cell(line, 2);
		if (thresholds.isEmpty()) {
			assertThat(indicator.thresholds()).as(code).isNull();
			assertThat(indicator.unit()).as(code).isNull();
			assertThat(indicator.metricKey()).as(code).isNull();
			assertThat(indicator.yesLevel()).as(code).isEqualTo(3);
			return;
		}
		String[] values = thresholds.replace("↓", "").trim().split("/");
		assertThat(indicator.thresholds()).as(code + " thresholds")
			.isEqualTo(new IndicatorThresholds(new BigDecimal(values[0]), new BigDecimal(values[1]),
					new BigDecimal(values[2]), thresholds.contains("↓") ? ThresholdDirection.LOWER_IS_BETTER
							: ThresholdDirection.HIGHER_IS_BETTER));
		String[] metric = cell(line, 6).split(" ");
		assertThat(indicator.metricKey()).as(code + " metric key")
			.isEqualTo("-".equals(metric[0]) ? null : MetricKey.valueOf(metric[0]));
		assertThat(indicator.unit().symbol()).as(code + " unit").isEqualTo(metric[1]);
	}

	private static Set<String> categories(String cell) {
		if (ALL.equals(cell)) {
			return Set.of();
		}
		if (cell.startsWith("-")) {
			return ApplicableCategory.names()
				.stream()
				.filter((name) -> !name.equals(cell.substring(1)))
				.collect(Collectors.toSet());
		}
		return Set.of(cell.split(" "));
	}

	private static String cell(String line, int index) {
		return line.split("\\|", -1)[index].trim();
	}

	private static long count(List<IndicatorView> indicators, AnswerType type) {
		return indicators.stream().filter((indicator) -> indicator.answerType() == type).count();
	}

	private static Map<String, Integer> weights(String spec) {
		Map<String, Integer> weights = new LinkedHashMap<>();
		Arrays.stream(spec.split(",\\s*"))
			.map((entry) -> entry.split(" "))
			.forEach((pair) -> weights.put(pair[0], Integer.parseInt(pair[1])));
		return weights;
	}

}
