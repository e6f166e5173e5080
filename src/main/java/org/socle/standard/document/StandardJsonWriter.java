package org.socle.standard.document;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.socle.standard.IndicatorThresholds;
import org.socle.standard.LocalizedText;
import org.socle.standard.model.IndicatorContent;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a standard in the {@code socle-standard/1} format: keys in the documented order,
 * optional fields as {@code null}, two-space indentation, UTF-8 and a final newline, so
 * that exported files are stable and diff well.
 */
public final class StandardJsonWriter {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.build();

	private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
		.withObjectNameValueSpacing(Separators.Spacing.AFTER)
		.withObjectEmptySeparator("")
		.withArrayEmptySeparator("")).withObjectIndenter(new DefaultIndenter("  ", "\n"))
		.withArrayIndenter(new DefaultIndenter("  ", "\n"));

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private StandardJsonWriter() {
	}

	public static byte[] write(StandardDocument document) {
		String json = MAPPER.writer().with(PRETTY).writeValueAsString(toJson(document));
		return (json + "\n").getBytes(StandardCharsets.UTF_8);
	}

	public static ObjectNode toJson(StandardDocument document) {
		ObjectNode root = NODES.objectNode();
		root.put("format", StandardRules.FORMAT);
		root.put("code", document.code());
		root.put("version", document.version());
		root.set("title", text(document.title()));
		root.set("description", text(document.description()));
		ArrayNode domains = root.putArray("domains");
		for (StandardDocument.Domain domain : document.domains()) {
			ObjectNode node = domains.addObject();
			node.put("code", domain.code());
			node.put("weight", domain.weight());
			node.set("title", text(domain.title()));
			node.set("description", text(domain.description()));
			ArrayNode criteria = node.putArray("criteria");
			for (StandardDocument.Criterion criterion : domain.criteria()) {
				ObjectNode criterionNode = criteria.addObject();
				criterionNode.put("code", criterion.code());
				criterionNode.put("weight", criterion.weight());
				criterionNode.set("title", text(criterion.title()));
				criterionNode.set("description", text(criterion.description()));
				ArrayNode indicators = criterionNode.putArray("indicators");
				criterion.indicators().forEach((indicator) -> indicator(indicators.addObject(), indicator));
			}
		}
		return root;
	}

	private static void indicator(ObjectNode node, IndicatorContent indicator) {
		node.put("code", indicator.code());
		node.set("title", text(indicator.title()));
		node.set("guidance", text(indicator.guidance()));
		node.set("evidence", text(indicator.evidence()));
		strings(node.putArray("sources"), indicator.sources());
		node.put("answerType", indicator.answerType().name());
		if (indicator.yesLevel() != null) {
			node.put("yesLevel", indicator.yesLevel());
		}
		else {
			node.putNull("yesLevel");
		}
		IndicatorThresholds thresholds = indicator.thresholds();
		if (thresholds != null) {
			ObjectNode thresholdsNode = node.putObject("thresholds");
			thresholdsNode.set("t2", number(thresholds.t2()));
			thresholdsNode.set("t3", number(thresholds.t3()));
			thresholdsNode.set("t4", number(thresholds.t4()));
			thresholdsNode.put("direction", thresholds.direction().name());
		}
		else {
			node.putNull("thresholds");
		}
		node.put("metricKey", (indicator.metricKey() != null) ? indicator.metricKey().name() : null);
		node.put("unit", (indicator.unit() != null) ? indicator.unit().symbol() : null);
		node.put("weight", indicator.weight());
		node.put("critical", indicator.critical());
		node.put("naAllowed", indicator.naAllowed());
		strings(node.putArray("appliesTo"), indicator.appliesTo());
	}

	private static ObjectNode text(LocalizedText text) {
		if (text == null) {
			return null;
		}
		ObjectNode node = NODES.objectNode();
		node.put("fr", text.fr());
		node.put("ar", text.ar());
		node.put("en", text.en());
		return node;
	}

	private static void strings(ArrayNode array, List<String> values) {
		values.forEach(array::add);
	}

	/** Integers as integers ({@code 110}), decimals in plain notation ({@code 12.5}). */
	private static tools.jackson.databind.JsonNode number(BigDecimal value) {
		BigDecimal normalised = IndicatorThresholds.normalise(value);
		return (normalised.scale() == 0) ? NODES.numberNode(normalised.toBigIntegerExact())
				: NODES.numberNode(normalised);
	}

}
