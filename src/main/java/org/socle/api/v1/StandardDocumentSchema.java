package org.socle.api.v1;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import org.socle.standard.AnswerType;
import org.socle.standard.ApplicableCategory;
import org.socle.standard.MetricKey;
import org.socle.standard.MetricUnit;
import org.socle.standard.ThresholdDirection;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The schema of a standard's whole tree in the {@code socle-standard/1} format, which
 * {@link StandardsApiController} sends as written by the standards' export (so springdoc
 * cannot infer it from a return type): what docs/standard-format.md describes, as Socle
 * writes it (every key present, {@code null} when absent).
 */
@Configuration(proxyBeanMethods = false)
class StandardDocumentSchema {

	static final String REF = "#/components/schemas/StandardDocument";

	@Bean
	OpenApiCustomizer standardDocumentSchemas() {
		return (openApi) -> openApi.getComponents()
			.addSchemas("StandardDocument",
					object("A reference standard version (docs/standard-format.md)")
						.addProperty("format", type("string")._const("socle-standard/1"))
						.addProperty("code", type("string").pattern("^[A-Z][A-Z0-9-]{1,39}$"))
						.addProperty("version", type("string").pattern("^(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})$"))
						.addProperty("title", text())
						.addProperty("description", nullable(text()))
						.addProperty("domains", arrayOf(ref("StandardDomain")))
						.required(List.of("format", "code", "version", "title", "description", "domains")))
			.addSchemas("StandardDomain",
					object("A domain: D1, D2…").addProperty("code", type("string").pattern("^D[1-9][0-9]{0,2}$"))
						.addProperty("weight", type("integer").minimum(BigDecimal.ONE))
						.addProperty("title", text())
						.addProperty("description", nullable(text()))
						.addProperty("criteria", arrayOf(ref("StandardCriterion")))
						.required(List.of("code", "weight", "title", "description", "criteria")))
			.addSchemas("StandardCriterion",
					object("A criterion of a domain: D1.C1…").addProperty("code", type("string"))
						.addProperty("weight", type("integer").minimum(BigDecimal.ONE))
						.addProperty("title", text())
						.addProperty("description", nullable(text()))
						.addProperty("indicators", arrayOf(ref("StandardIndicator")))
						.required(List.of("code", "weight", "title", "description", "indicators")))
			.addSchemas("StandardIndicator", indicator());
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema<Object> indicator() {
		return object("An indicator of a criterion: D1.C1.I1…").addProperty("code", type("string"))
			.addProperty("title", text())
			.addProperty("guidance", nullable(text()))
			.addProperty("evidence", nullable(text()))
			.addProperty("sources", arrayOf(type("string")))
			.addProperty("answerType", enumOf(AnswerType.values(), Enum::name))
			.addProperty("yesLevel", type("integer", "null").description("YES_NO only: the level of a yes (3 or 4)"))
			.addProperty("thresholds", nullable(thresholds()))
			.addProperty("metricKey", nullable(enumOf(MetricKey.values(), Enum::name)))
			.addProperty("unit", nullable(enumOf(MetricUnit.values(), MetricUnit::symbol)))
			.addProperty("weight", type("integer").minimum(BigDecimal.ONE))
			.addProperty("critical", type("boolean"))
			.addProperty("naAllowed", type("boolean"))
			.addProperty("appliesTo",
					arrayOf(enumOf(ApplicableCategory.values(), Enum::name)).description("Empty: every category"))
			.required(List.of("code", "title", "guidance", "evidence", "sources", "answerType", "yesLevel",
					"thresholds", "metricKey", "unit", "weight", "critical", "naAllowed", "appliesTo"));
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema<Object> thresholds() {
		return object("METRIC only: the values from which levels 2, 3 and 4 are reached")
			.addProperty("t2", type("number"))
			.addProperty("t3", type("number"))
			.addProperty("t4", type("number"))
			.addProperty("direction", enumOf(ThresholdDirection.values(), Enum::name))
			.required(List.of("t2", "t3", "t4", "direction"));
	}

	/** A localised text: French always, Arabic and English when translated. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema<Object> text() {
		return object("A text in French, Arabic and English").addProperty("fr", type("string"))
			.addProperty("ar", type("string", "null"))
			.addProperty("en", type("string", "null"))
			.required(List.of("fr"));
	}

	private static Schema<Object> object(String description) {
		return type("object").description(description);
	}

	private static Schema<Object> arrayOf(Schema<Object> items) {
		return type("array").items(items);
	}

	private static <E extends Enum<E>> Schema<Object> enumOf(E[] values, Function<E, String> json) {
		return type("string")._enum(Arrays.stream(values)
			.map((value) -> (Object) json.apply(value))
			.collect(Collectors.toCollection(ArrayList::new)));
	}

	private static Schema<Object> nullable(Schema<Object> schema) {
		schema.addType("null");
		if (schema.getEnum() != null) {
			schema.addEnumItemObject(null);
		}
		return schema;
	}

	private static Schema<Object> ref(String name) {
		return new JsonSchema().$ref("#/components/schemas/" + name);
	}

	/** Types in the order given, for a stable document. */
	private static Schema<Object> type(String... types) {
		return new JsonSchema().types(new LinkedHashSet<>(List.of(types)));
	}

}
