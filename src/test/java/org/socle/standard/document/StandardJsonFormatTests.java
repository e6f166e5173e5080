package org.socle.standard.document;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.socle.standard.LocalizedText;
import org.socle.standard.installer.DefaultStandardInstaller;
import org.socle.standard.model.IndicatorContent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The {@code socle-standard/1} reader and writer without a database: the shipped file
 * reads and writes back byte for byte, and each validation rule of
 * docs/standard-format.md §4 reports its code at the documented path.
 */
class StandardJsonFormatTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@Test
	void theShippedStandardIsValidAndWritesBackByteForByte() {
		byte[] shipped = DefaultStandardInstaller.shippedFile();
		StandardJsonReader.Result result = StandardJsonReader.read(shipped);
		assertThat(result.problems()).isEmpty();
		assertThat(new String(StandardJsonWriter.write(result.document()), StandardCharsets.UTF_8))
			.isEqualTo(new String(shipped, StandardCharsets.UTF_8));
	}

	@Test
	void aMinimalDocumentGetsTheDocumentedDefaults() {
		StandardJsonReader.Result result = StandardJsonReader
			.read(minimal().toString().getBytes(StandardCharsets.UTF_8));
		assertThat(result.problems()).isEmpty();
		IndicatorContent indicator = result.document().domains().get(0).criteria().get(0).indicators().get(0);
		assertThat(indicator.weight()).isEqualTo(1);
		assertThat(indicator.yesLevel()).isEqualTo(3);
		assertThat(indicator.critical()).isFalse();
		assertThat(indicator.naAllowed()).isFalse();
		assertThat(indicator.appliesTo()).isEmpty();
		assertThat(indicator.guidance()).isNull();
		assertThat(result.document().domains().get(0).weight()).isEqualTo(1);
	}

	@Test
	void textsAreTrimmedAndBlankTranslationsFallBackToFrench() {
		ObjectNode doc = minimal();
		((ObjectNode) doc.get("title")).put("fr", "  Titre  ").put("ar", "   ").put("en", "Title");
		StandardDocument document = read(doc).document();
		assertThat(document.title()).isEqualTo(new LocalizedText("Titre", null, "Title"));
		assertThat(document.title().get(java.util.Locale.forLanguageTag("ar"))).isEqualTo("Titre");
	}

	@Test
	void syntaxErrorsGiveLineAndColumn() {
		StandardJsonReader.Result result = StandardJsonReader
			.read("{\n  \"format\": \"socle-standard/1\",\n  }".getBytes(StandardCharsets.UTF_8));
		assertThat(result.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.path()).isEqualTo("$");
			assertThat(problem.code()).isEqualTo("JSON_SYNTAX");
			assertThat(problem.args()).containsExactly(3, 3);
		});
		assertThat(StandardJsonReader.read(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}' }).problems())
			.extracting(StandardProblem::code, StandardProblem::variant)
			.containsExactly(tuple("JSON_SYNTAX", "bom"));
		assertThat(StandardJsonReader.read(new byte[] { '{', '"', (byte) 0xC3, '"', '}' }).problems())
			.extracting(StandardProblem::variant)
			.containsExactly("encoding");
		assertThat(StandardJsonReader.read("[1]".getBytes(StandardCharsets.UTF_8)).problems())
			.extracting(StandardProblem::variant)
			.containsExactly("notObject");
		assertThat(StandardJsonReader
			.read("{\"format\": \"socle-standard/1\", \"format\": \"x\"}".getBytes(StandardCharsets.UTF_8))
			.problems()).extracting(StandardProblem::code).containsExactly("JSON_SYNTAX");
	}

	@Test
	void anotherFormatStopsValidation() {
		ObjectNode doc = minimal();
		doc.put("format", "socle-standard/2");
		doc.remove("code");
		assertThat(read(doc).problems()).extracting(StandardProblem::path, StandardProblem::code)
			.containsExactly(tuple("format", "UNSUPPORTED_FORMAT"));
	}

	@Test
	void everyErrorIsReportedByPathInOneGo() {
		ObjectNode doc = shipped();
		ObjectNode d2c1i1 = indicator(doc, 1, 0, 0);
		((ObjectNode) d2c1i1.get("thresholds")).put("t2", 90).put("t4", 110);
		domain(doc, 4).put("weight", 0);
		indicator(doc, 5, 0, 0).put("naAllowed", true);
		indicator(doc, 6, 0, 0).put("naAlowed", true);
		StandardJsonReader.Result result = read(doc);
		assertThat(result.document()).isNull();
		assertThat(result.problems()).extracting(StandardProblem::path, StandardProblem::code)
			.containsExactly(tuple("D2.C1.I1.thresholds", "THRESHOLDS_ORDER"), tuple("D5.weight", "WEIGHT"),
					tuple("D6.C1.I1.naAllowed", "CRITICAL_NA"), tuple("D7.C1.I1.naAlowed", "UNKNOWN_FIELD"));
	}

	@Test
	void codesArePatternedPrefixedAndUniqueAndBadCodesArePositional() {
		assertProblem((doc) -> criterion(doc, 2, 1).put("code", "D4.C2"), "domains[2].criteria[1].code", "CODE_PREFIX");
		assertProblem((doc) -> indicator(doc, 3, 0, 2).put("code", "D4.C1.I1"),
				"domains[3].criteria[0].indicators[2].code", "DUPLICATE_CODE");
		assertProblem((doc) -> domain(doc, 0).put("code", "d1"), "domains[0].code", "PATTERN");
		assertProblem((doc) -> {
			domain(doc, 0).put("code", "X");
			indicator(doc, 0, 0, 0).put("weight", -1);
		}, "domains[0].criteria[0].indicators[0].weight", "WEIGHT");
		assertProblem((doc) -> domain(doc, 1).remove("code"), "domains[1].code", "REQUIRED");
		assertProblem((doc) -> doc.put("version", "1.0.1"), "version", "PATTERN");
		assertProblem((doc) -> doc.put("version", 1.0), "version", "TYPE");
		assertProblem((doc) -> doc.put("code", "socle"), "code", "PATTERN");
	}

	@Test
	void weightsArePositiveIntegersUpToOneHundred() {
		assertProblem((doc) -> domain(doc, 0).put("weight", 2.5), "D1.weight", "WEIGHT");
		assertProblem((doc) -> domain(doc, 0).put("weight", "2"), "D1.weight", "WEIGHT");
		assertProblem((doc) -> criterion(doc, 0, 0).put("weight", 101), "D1.C1.weight", "WEIGHT");
		assertProblem((doc) -> indicator(doc, 0, 0, 0).put("weight", 0), "D1.C1.I1.weight", "WEIGHT");
	}

	@Test
	void thresholdsGoWithMetricIndicatorsOnly() {
		assertProblem((doc) -> indicator(doc, 0, 1, 0).putNull("thresholds"), "D1.C2.I1.thresholds",
				"THRESHOLDS_REQUIRED");
		assertProblem((doc) -> indicator(doc, 0, 0, 1).set("thresholds", indicator(doc, 0, 1, 0).get("thresholds")),
				"D1.C1.I2.thresholds", "THRESHOLDS_FORBIDDEN");
		assertProblem((doc) -> ((ObjectNode) indicator(doc, 4, 2, 0).get("thresholds")).put("t2", 5).put("t4", 12),
				"D5.C3.I1.thresholds", "THRESHOLDS_ORDER");
		assertProblem((doc) -> ((ObjectNode) indicator(doc, 4, 2, 0).get("thresholds")).put("direction", "DOWN"),
				"D5.C3.I1.thresholds.direction", "ENUM");
		assertProblem((doc) -> ((ObjectNode) indicator(doc, 4, 2, 0).get("thresholds")).remove("t3"),
				"D5.C3.I1.thresholds.t3", "REQUIRED");
		assertProblem((doc) -> ((ObjectNode) indicator(doc, 4, 2, 0).get("thresholds")).put("t3", 8.00001),
				"D5.C3.I1.thresholds.t3", "NUMBER");
	}

	@Test
	void metricKeysAndUnitsAreKnownAndConsistent() {
		assertProblem((doc) -> indicator(doc, 0, 0, 0).put("metricKey", "OCCUPANCY_RATE"), "D1.C1.I1.metricKey",
				"METRIC_KEY_FORBIDDEN");
		assertProblem((doc) -> indicator(doc, 1, 0, 0).put("metricKey", "OCCUPANCY"), "D2.C1.I1.metricKey", "ENUM");
		assertProblem((doc) -> indicator(doc, 4, 2, 0).put("unit", "%"), "D5.C3.I1.unit", "UNIT_MISMATCH");
		assertProblem((doc) -> indicator(doc, 4, 2, 0).putNull("unit"), "D5.C3.I1.unit", "UNIT_REQUIRED");
		assertProblem((doc) -> indicator(doc, 0, 0, 0).put("unit", "%"), "D1.C1.I1.unit", "UNIT_FORBIDDEN");
		assertProblem((doc) -> indicator(doc, 4, 2, 2).put("unit", "days"), "D5.C3.I3.unit", "ENUM");
	}

	@Test
	void yesLevelIsThreeOrFourOnYesNoIndicators() {
		assertProblem((doc) -> indicator(doc, 0, 0, 0).put("yesLevel", 2), "D1.C1.I1.yesLevel", "YES_LEVEL");
		assertProblem((doc) -> indicator(doc, 0, 0, 1).put("yesLevel", 4), "D1.C1.I2.yesLevel", "YES_LEVEL");
		ObjectNode doc = shipped();
		indicator(doc, 0, 0, 0).put("yesLevel", 4);
		assertThat(read(doc).document().domains().get(0).criteria().get(0).indicators().get(0).yesLevel()).isEqualTo(4);
	}

	@Test
	void textsNeedFrenchAndKnownLanguages() {
		assertProblem((doc) -> ((ObjectNode) indicator(doc, 1, 1, 1).get("title")).put("fr", " "), "D2.C2.I2.title.fr",
				"TEXT_FR");
		assertProblem((doc) -> ((ObjectNode) domain(doc, 2).get("title")).put("es", "Salud"), "D3.title.es",
				"LANGUAGE");
		assertProblem((doc) -> ((ObjectNode) criterion(doc, 2, 1).get("title")).remove("fr"), "D3.C2.title.fr",
				"TEXT_FR");
		assertProblem((doc) -> ((ObjectNode) doc.get("title")).put("fr", "x".repeat(501)), "title.fr", "TOO_LONG");
		assertProblem((doc) -> domain(doc, 0).put("title", "Gouvernance"), "D1.title", "TYPE");
	}

	@Test
	void sourcesAndApplicabilityAreCheckedElementByElement() {
		assertProblem((doc) -> indicator(doc, 2, 2, 0).putArray("appliesTo").add("WOMEN").add("WOMAN"),
				"D3.C3.I1.appliesTo[1]", "ENUM");
		assertProblem((doc) -> indicator(doc, 2, 2, 0).putArray("appliesTo").add("WOMEN").add("WOMEN"),
				"D3.C3.I1.appliesTo[1]", "DUPLICATE_VALUE");
		assertProblem((doc) -> indicator(doc, 0, 0, 0).putArray("sources"), "D1.C1.I1.sources", "EMPTY");
		assertProblem((doc) -> ((ArrayNode) indicator(doc, 0, 0, 0).get("sources")).add("R202 §3(b)"),
				"D1.C1.I1.sources[2]", "DUPLICATE_VALUE");
		assertProblem((doc) -> ((ArrayNode) indicator(doc, 0, 0, 0).get("sources")).set(0, "  "), "D1.C1.I1.sources[0]",
				"EMPTY");
		assertProblem((doc) -> domain(doc, 6).putArray("criteria"), "D7.criteria", "EMPTY");
		assertProblem((doc) -> doc.remove("domains"), "domains", "REQUIRED");
	}

	@Test
	void limitsAreEnforced() {
		assertProblem((doc) -> {
			ArrayNode sources = indicator(doc, 0, 0, 0).putArray("sources");
			for (int i = 0; i < 21; i++) {
				sources.add("Source " + i);
			}
		}, "D1.C1.I1.sources", "TOO_MANY");
		assertProblem((doc) -> ((ArrayNode) indicator(doc, 0, 0, 0).get("sources")).add("x".repeat(201)),
				"D1.C1.I1.sources[2]", "TOO_LONG");
		assertProblem((doc) -> {
			ArrayNode domains = (ArrayNode) doc.get("domains");
			for (int i = 8; i <= 51; i++) {
				domains.add(domains.get(0).deepCopy());
			}
		}, "domains", "TOO_MANY");
	}

	@Test
	void theWriterWritesWhatTheReaderReads() {
		ObjectNode doc = minimal();
		ObjectNode indicator = (ObjectNode) doc.get("domains").get(0).get("criteria").get(0).get("indicators").get(0);
		indicator.put("answerType", "METRIC");
		indicator.putObject("thresholds")
			.put("t2", 6.5)
			.put("t3", 12)
			.put("t4", 20.25)
			.put("direction", "HIGHER_IS_BETTER");
		indicator.put("unit", "MAD/day");
		indicator.putArray("appliesTo").add("WOMEN").add("CHILDREN");
		StandardDocument document = read(doc).document();
		JsonNode written = MAPPER.readTree(StandardJsonWriter.write(document));
		assertThat(written.get("domains")
			.get(0)
			.get("criteria")
			.get(0)
			.get("indicators")
			.get(0)
			.get("thresholds")
			.toString()).isEqualTo("{\"t2\":6.5,\"t3\":12,\"t4\":20.25,\"direction\":\"HIGHER_IS_BETTER\"}");
		assertThat(StandardJsonReader.validate(written).document()).isEqualTo(document);
	}

	private static void assertProblem(Consumer<ObjectNode> change, String path, String code) {
		ObjectNode doc = shipped();
		change.accept(doc);
		List<StandardProblem> problems = read(doc).problems();
		assertThat(problems).as("problems after changing the shipped file")
			.extracting(StandardProblem::path, StandardProblem::code)
			.contains(tuple(path, code));
	}

	private static StandardJsonReader.Result read(ObjectNode doc) {
		return StandardJsonReader.read(doc.toString().getBytes(StandardCharsets.UTF_8));
	}

	static ObjectNode shipped() {
		return (ObjectNode) MAPPER.readTree(DefaultStandardInstaller.shippedFile());
	}

	static ObjectNode minimal() {
		return (ObjectNode) MAPPER.readTree("""
				{
				  "format": "socle-standard/1",
				  "code": "DEMO",
				  "version": "1.0",
				  "title": {"fr": "Référentiel de démonstration"},
				  "domains": [
				    {
				      "code": "D1", "weight": 1,
				      "title": {"fr": "Gouvernance"},
				      "criteria": [
				        {
				          "code": "D1.C1", "weight": 1,
				          "title": {"fr": "Autorisation"},
				          "indicators": [
				            {
				              "code": "D1.C1.I1",
				              "title": {"fr": "L'établissement dispose d'une autorisation valide."},
				              "sources": ["Loi 65-15 art. 11"],
				              "answerType": "YES_NO",
				              "weight": 1
				            }
				          ]
				        }
				      ]
				    }
				  ]
				}
				""");
	}

	private static ObjectNode domain(ObjectNode doc, int d) {
		return (ObjectNode) doc.get("domains").get(d);
	}

	private static ObjectNode criterion(ObjectNode doc, int d, int c) {
		return (ObjectNode) domain(doc, d).get("criteria").get(c);
	}

	private static ObjectNode indicator(ObjectNode doc, int d, int c, int i) {
		return (ObjectNode) criterion(doc, d, c).get("indicators").get(i);
	}

}
