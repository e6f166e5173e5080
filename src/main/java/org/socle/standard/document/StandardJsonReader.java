package org.socle.standard.document;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.socle.standard.AnswerType;
import org.socle.standard.ApplicableCategory;
import org.socle.standard.IndicatorThresholds;
import org.socle.standard.LocalizedText;
import org.socle.standard.MetricKey;
import org.socle.standard.MetricUnit;
import org.socle.standard.ThresholdDirection;
import org.socle.standard.model.IndicatorContent;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and validates a {@code socle-standard/1} document, reporting every error by path
 * (docs/standard-format.md §4 and §5). A reader is used for one document.
 */
public final class StandardJsonReader {

	private static final JsonMapper MAPPER = JsonMapper
		.builder(JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder()
				.maxNestingDepth(StandardRules.MAX_NESTING_DEPTH)
				.maxDocumentLength(StandardRules.MAX_FILE_BYTES)
				.build())
			.build())
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private static final Set<String> STANDARD_FIELDS = Set.of("format", "code", "version", "title", "description",
			"domains");

	private static final Set<String> DOMAIN_FIELDS = Set.of("code", "weight", "title", "description", "criteria");

	private static final Set<String> CRITERION_FIELDS = Set.of("code", "weight", "title", "description", "indicators");

	private static final Set<String> INDICATOR_FIELDS = Set.of("code", "title", "guidance", "evidence", "sources",
			"answerType", "yesLevel", "thresholds", "metricKey", "unit", "weight", "critical", "naAllowed",
			"appliesTo");

	private static final Set<String> THRESHOLD_FIELDS = Set.of("t2", "t3", "t4", "direction");

	private static final Set<String> LANGUAGES = Set.of("fr", "ar", "en");

	private final List<StandardProblem> problems = new ArrayList<>();

	private final Set<String> codes = new HashSet<>();

	private StandardJsonReader() {
	}

	/** The outcome: a document when valid, otherwise every problem found. */
	public record Result(StandardDocument document, List<StandardProblem> problems) {

		public Result {
			problems = List.copyOf(problems);
		}

		public boolean isValid() {
			return this.problems.isEmpty();
		}

	}

	public static Result read(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			return failed(new StandardProblem("$", "JSON_SYNTAX", "bom", List.of()));
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return failed(new StandardProblem("$", "JSON_SYNTAX", "encoding", List.of()));
		}
		JsonNode root;
		try {
			root = MAPPER.readTree(text);
		}
		catch (StreamConstraintsException ex) {
			return failed(new StandardProblem("$", "JSON_SYNTAX", "limits", List.of(StandardRules.MAX_NESTING_DEPTH)));
		}
		catch (JacksonException ex) {
			TokenStreamLocation at = (ex.getLocation() != null) ? ex.getLocation() : TokenStreamLocation.NA;
			return failed(new StandardProblem("$", "JSON_SYNTAX", null,
					List.of(Math.max(at.getLineNr(), 1), Math.max(at.getColumnNr(), 1))));
		}
		return validate(root);
	}

	public static Result validate(JsonNode root) {
		if (root == null || root.isMissingNode() || !root.isObject()) {
			return failed(new StandardProblem("$", "JSON_SYNTAX", "notObject", List.of()));
		}
		JsonNode format = root.get("format");
		if (format == null || !format.isString() || !StandardRules.FORMAT.equals(format.stringValue())) {
			return failed(StandardProblem.of("format", "UNSUPPORTED_FORMAT",
					(format == null) ? "null" : format.toString(), StandardRules.FORMAT));
		}
		StandardJsonReader reader = new StandardJsonReader();
		StandardDocument document = reader.standard(root);
		return new Result(reader.problems.isEmpty() ? document : null, reader.problems);
	}

	private static Result failed(StandardProblem problem) {
		return new Result(null, List.of(problem));
	}

	private StandardDocument standard(JsonNode root) {
		unknownFields(root, "", STANDARD_FIELDS);
		String code = patterned(root, "", "code", StandardRules.STANDARD_CODE, "SOCLE-EPS");
		String version = patterned(root, "", "version", StandardRules.VERSION, "1.0");
		LocalizedText title = text(root, "", "title", true, StandardRules.MAX_TITLE);
		LocalizedText description = text(root, "", "description", false, StandardRules.MAX_LONG_TEXT);
		List<StandardDocument.Domain> domains = new ArrayList<>();
		JsonNode array = array(root, "", "domains", true, StandardRules.MAX_CHILDREN);
		for (int i = 0; array != null && i < array.size(); i++) {
			domains.add(domain(array.get(i), "domains[" + i + "]"));
		}
		return this.problems.isEmpty() ? new StandardDocument(code, version, title, description, domains) : null;
	}

	private StandardDocument.Domain domain(JsonNode node, String position) {
		if (!node.isObject()) {
			problem(position, "TYPE");
			return null;
		}
		int before = this.problems.size();
		Code code = code(node, position, StandardRules.DOMAIN_CODE, "D1", null, null);
		String at = code.pathOr(position);
		unknownFields(node, at, DOMAIN_FIELDS);
		int weight = weight(node, at);
		LocalizedText title = text(node, at, "title", true, StandardRules.MAX_TITLE);
		LocalizedText description = text(node, at, "description", false, StandardRules.MAX_LONG_TEXT);
		List<StandardDocument.Criterion> criteria = new ArrayList<>();
		JsonNode array = array(node, at, "criteria", true, StandardRules.MAX_CHILDREN);
		for (int i = 0; array != null && i < array.size(); i++) {
			criteria.add(criterion(array.get(i), position + ".criteria[" + i + "]", code));
		}
		return (this.problems.size() == before)
				? new StandardDocument.Domain(code.value(), weight, title, description, criteria) : null;
	}

	private StandardDocument.Criterion criterion(JsonNode node, String position, Code domain) {
		if (!node.isObject()) {
			problem(position, "TYPE");
			return null;
		}
		int before = this.problems.size();
		Code code = code(node, position, StandardRules.CRITERION_CODE, "D1.C1", domain, ".C");
		String at = code.pathOr(position);
		unknownFields(node, at, CRITERION_FIELDS);
		int weight = weight(node, at);
		LocalizedText title = text(node, at, "title", true, StandardRules.MAX_TITLE);
		LocalizedText description = text(node, at, "description", false, StandardRules.MAX_LONG_TEXT);
		List<IndicatorContent> indicators = new ArrayList<>();
		JsonNode array = array(node, at, "indicators", true, StandardRules.MAX_CHILDREN);
		for (int i = 0; array != null && i < array.size(); i++) {
			indicators.add(indicator(array.get(i), position + ".indicators[" + i + "]", code));
		}
		return (this.problems.size() == before)
				? new StandardDocument.Criterion(code.value(), weight, title, description, indicators) : null;
	}

	private IndicatorContent indicator(JsonNode node, String position, Code criterion) {
		if (!node.isObject()) {
			problem(position, "TYPE");
			return null;
		}
		int before = this.problems.size();
		Code code = code(node, position, StandardRules.INDICATOR_CODE, "D1.C1.I1", criterion, ".I");
		String at = code.pathOr(position);
		unknownFields(node, at, INDICATOR_FIELDS);
		LocalizedText title = text(node, at, "title", true, StandardRules.MAX_TITLE);
		LocalizedText guidance = text(node, at, "guidance", false, StandardRules.MAX_LONG_TEXT);
		LocalizedText evidence = text(node, at, "evidence", false, StandardRules.MAX_LONG_TEXT);
		List<String> sources = sources(node, at);
		AnswerType answerType = enumValue(node, at, "answerType", true, AnswerType::valueOf, AnswerType.values());
		Integer yesLevel = yesLevel(node, at, answerType);
		IndicatorThresholds thresholds = thresholds(node, at, answerType);
		MetricKey metricKey = enumValue(node, at, "metricKey", false, MetricKey::valueOf, MetricKey.values());
		if (metricKey != null && answerType != null && answerType != AnswerType.METRIC) {
			problem(join(at, "metricKey"), "METRIC_KEY_FORBIDDEN", answerType);
		}
		MetricUnit unit = unit(node, at, answerType, metricKey);
		int weight = weight(node, at);
		boolean critical = bool(node, at, "critical");
		boolean naAllowed = bool(node, at, "naAllowed");
		if (critical && naAllowed) {
			problem(join(at, "naAllowed"), "CRITICAL_NA");
		}
		List<String> appliesTo = appliesTo(node, at);
		if (this.problems.size() != before) {
			return null;
		}
		return new IndicatorContent(code.value(), title, guidance, evidence, sources, answerType, yesLevel, thresholds,
				metricKey, unit, weight, critical, naAllowed, appliesTo);
	}

	/**
	 * A node's code. {@code value} is the code when it matches its pattern (children
	 * check their prefix against it); the code is {@code usable} in paths when it also
	 * has the right prefix, is the first of its kind and its parent's code is usable.
	 */
	private record Code(String value, boolean usable) {

		String pathOr(String position) {
			return this.usable ? this.value : position;
		}

	}

	private Code code(JsonNode node, String position, Pattern pattern, String example, Code parent, String separator) {
		String path = position + ".code";
		JsonNode code = node.get("code");
		if (code == null || code.isNull()) {
			problem(path, "REQUIRED");
			return new Code(null, false);
		}
		if (!code.isString()) {
			problem(path, "TYPE");
			return new Code(null, false);
		}
		String value = code.stringValue();
		if (!pattern.matcher(value).matches()) {
			problem(path, "PATTERN", value, example);
			return new Code(null, false);
		}
		boolean usable = parent == null || parent.usable();
		if (parent != null && parent.value() != null && !value.startsWith(parent.value() + separator)) {
			problem(path, "CODE_PREFIX", value, parent.value());
			usable = false;
		}
		if (!this.codes.add(value)) {
			problem(path, "DUPLICATE_CODE", value);
			usable = false;
		}
		return new Code(value, usable);
	}

	private String patterned(JsonNode node, String at, String field, Pattern pattern, String example) {
		String path = join(at, field);
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			problem(path, "REQUIRED");
			return null;
		}
		if (!value.isString()) {
			problem(path, "TYPE");
			return null;
		}
		if (!pattern.matcher(value.stringValue()).matches()) {
			problem(path, "PATTERN", value.stringValue(), example);
			return null;
		}
		return value.stringValue();
	}

	private LocalizedText text(JsonNode node, String at, String field, boolean required, int maxLength) {
		String path = join(at, field);
		JsonNode text = node.get(field);
		if (text == null || text.isNull()) {
			if (required) {
				problem(path, "REQUIRED");
			}
			return null;
		}
		if (!text.isObject()) {
			problem(path, "TYPE");
			return null;
		}
		for (String language : text.propertyNames()) {
			if (!LANGUAGES.contains(language)) {
				problem(path + "." + language, "LANGUAGE", language);
			}
		}
		String fr = translation(text, path, "fr", maxLength);
		String ar = translation(text, path, "ar", maxLength);
		String en = translation(text, path, "en", maxLength);
		if (fr == null) {
			problem(path + ".fr", "TEXT_FR");
			return null;
		}
		return new LocalizedText(fr, ar, en);
	}

	/** The trimmed translation, null when absent, null or blank. */
	private String translation(JsonNode text, String path, String language, int maxLength) {
		JsonNode value = text.get(language);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			problem(path + "." + language, "TYPE");
			return null;
		}
		String trimmed = value.stringValue().strip();
		if (StandardRules.length(trimmed) > maxLength) {
			problem(path + "." + language, "TOO_LONG", maxLength);
			return null;
		}
		return trimmed.isEmpty() ? null : trimmed;
	}

	private JsonNode array(JsonNode node, String at, String field, boolean required, int maxSize) {
		String path = join(at, field);
		JsonNode array = node.get(field);
		if (array == null || array.isNull()) {
			if (required) {
				problem(path, "REQUIRED");
			}
			return null;
		}
		if (!array.isArray()) {
			problem(path, "TYPE");
			return null;
		}
		if (required && array.isEmpty()) {
			problem(path, "EMPTY");
			return null;
		}
		if (array.size() > maxSize) {
			problem(path, "TOO_MANY", maxSize);
			return null;
		}
		return array;
	}

	private int weight(JsonNode node, String at) {
		JsonNode weight = node.get("weight");
		if (weight == null || weight.isNull()) {
			return 1;
		}
		if (!weight.isIntegralNumber() || !weight.canConvertToInt() || !StandardRules.isWeight(weight.intValue())) {
			problem(join(at, "weight"), "WEIGHT", weight.toString());
			return 1;
		}
		return weight.intValue();
	}

	private boolean bool(JsonNode node, String at, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return false;
		}
		if (!value.isBoolean()) {
			problem(join(at, field), "TYPE");
			return false;
		}
		return value.booleanValue();
	}

	private <E extends Enum<E>> E enumValue(JsonNode node, String at, String field, boolean required,
			Function<String, E> parse, E[] allowed) {
		JsonNode value = node.get(field);
		String path = join(at, field);
		if (value == null || value.isNull()) {
			if (required) {
				problem(path, "REQUIRED");
			}
			return null;
		}
		if (!value.isString()) {
			problem(path, "TYPE");
			return null;
		}
		try {
			return parse.apply(value.stringValue());
		}
		catch (IllegalArgumentException ex) {
			problem(path, "ENUM", value.stringValue(), names(allowed));
			return null;
		}
	}

	private List<String> sources(JsonNode node, String at) {
		JsonNode array = array(node, at, "sources", true, StandardRules.MAX_SOURCES);
		List<String> sources = new ArrayList<>();
		for (int i = 0; array != null && i < array.size(); i++) {
			String path = join(at, "sources[" + i + "]");
			JsonNode source = array.get(i);
			if (!source.isString()) {
				problem(path, "TYPE");
				continue;
			}
			String value = source.stringValue().strip();
			if (value.isEmpty()) {
				problem(path, "EMPTY");
			}
			else if (StandardRules.length(value) > StandardRules.MAX_SOURCE_LENGTH) {
				problem(path, "TOO_LONG", StandardRules.MAX_SOURCE_LENGTH);
			}
			else if (sources.contains(value)) {
				problem(path, "DUPLICATE_VALUE", value);
			}
			else {
				sources.add(value);
			}
		}
		return sources;
	}

	private Integer yesLevel(JsonNode node, String at, AnswerType answerType) {
		JsonNode value = node.get("yesLevel");
		if (value == null || value.isNull()) {
			return (answerType == AnswerType.YES_NO) ? 3 : null;
		}
		if (answerType != AnswerType.YES_NO || !value.isIntegralNumber() || !value.canConvertToInt()
				|| (value.intValue() != 3 && value.intValue() != 4)) {
			problem(join(at, "yesLevel"), "YES_LEVEL", value.toString());
			return null;
		}
		return value.intValue();
	}

	private IndicatorThresholds thresholds(JsonNode node, String at, AnswerType answerType) {
		String path = join(at, "thresholds");
		JsonNode thresholds = node.get("thresholds");
		boolean present = thresholds != null && !thresholds.isNull();
		if (answerType == AnswerType.METRIC && !present) {
			problem(path, "THRESHOLDS_REQUIRED");
			return null;
		}
		if (answerType != null && answerType != AnswerType.METRIC && present) {
			problem(path, "THRESHOLDS_FORBIDDEN", answerType);
			return null;
		}
		if (!present) {
			return null;
		}
		if (!thresholds.isObject()) {
			problem(path, "TYPE");
			return null;
		}
		unknownFields(thresholds, path, THRESHOLD_FIELDS);
		BigDecimal t2 = number(thresholds, path, "t2");
		BigDecimal t3 = number(thresholds, path, "t3");
		BigDecimal t4 = number(thresholds, path, "t4");
		ThresholdDirection direction = enumValue(thresholds, path, "direction", true, ThresholdDirection::valueOf,
				ThresholdDirection.values());
		if (t2 == null || t3 == null || t4 == null || direction == null) {
			return null;
		}
		IndicatorThresholds result = new IndicatorThresholds(t2, t3, t4, direction);
		if (!result.isOrdered()) {
			problem(path, "THRESHOLDS_ORDER", direction, result.t2(), result.t3(), result.t4());
			return null;
		}
		return result;
	}

	private BigDecimal number(JsonNode node, String at, String field) {
		String path = join(at, field);
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			problem(path, "REQUIRED");
			return null;
		}
		if (!value.isNumber()) {
			problem(path, "TYPE");
			return null;
		}
		BigDecimal number = value.decimalValue();
		if (!StandardRules.isStorableNumber(number)) {
			problem(path, "NUMBER", value.toString());
			return null;
		}
		return number;
	}

	private MetricUnit unit(JsonNode node, String at, AnswerType answerType, MetricKey metricKey) {
		String path = join(at, "unit");
		JsonNode value = node.get("unit");
		boolean present = value != null && !value.isNull();
		if (answerType == AnswerType.METRIC && !present) {
			problem(path, "UNIT_REQUIRED");
			return null;
		}
		if (answerType != null && answerType != AnswerType.METRIC && present) {
			problem(path, "UNIT_FORBIDDEN", answerType);
			return null;
		}
		if (!present) {
			return null;
		}
		if (!value.isString()) {
			problem(path, "TYPE");
			return null;
		}
		MetricUnit unit = MetricUnit.fromSymbol(value.stringValue()).orElse(null);
		if (unit == null) {
			problem(path, "ENUM", value.stringValue(),
					String.join(", ", java.util.Arrays.stream(MetricUnit.values()).map(MetricUnit::symbol).toList()));
			return null;
		}
		if (metricKey != null && metricKey.unit() != unit) {
			problem(path, "UNIT_MISMATCH", metricKey, metricKey.unit().symbol());
			return null;
		}
		return unit;
	}

	private List<String> appliesTo(JsonNode node, String at) {
		JsonNode array = array(node, at, "appliesTo", false, ApplicableCategory.values().length);
		List<String> categories = new ArrayList<>();
		for (int i = 0; array != null && i < array.size(); i++) {
			String path = join(at, "appliesTo[" + i + "]");
			JsonNode category = array.get(i);
			if (!category.isString()) {
				problem(path, "TYPE");
			}
			else if (!ApplicableCategory.isKnown(category.stringValue())) {
				problem(path, "ENUM", category.stringValue(), names(ApplicableCategory.values()));
			}
			else if (categories.contains(category.stringValue())) {
				problem(path, "DUPLICATE_VALUE", category.stringValue());
			}
			else {
				categories.add(category.stringValue());
			}
		}
		return categories;
	}

	private void unknownFields(JsonNode node, String at, Set<String> known) {
		for (String field : node.propertyNames()) {
			if (!known.contains(field)) {
				problem(join(at, field), "UNKNOWN_FIELD", field);
			}
		}
	}

	private void problem(String path, String code, Object... args) {
		this.problems.add(StandardProblem.of(path, code, args));
	}

	private static String join(String at, String field) {
		return at.isEmpty() ? field : at + "." + field;
	}

	private static String names(Enum<?>[] values) {
		return String.join(", ", java.util.Arrays.stream(values).map(Enum::name).toList());
	}

}
