package org.socle.identity.tokens;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI document the application serves is the one committed as
 * {@code docs/openapi.json} (regenerate it on purpose with
 * {@code ./mvnw test -Dtest=OpenApiDocumentTests -Dsocle.openapi=write}), documents only
 * {@code /api/v1}: exactly the handlers mapped there, each with an operationId, a
 * summary, a 2xx answer in JSON with its schema and an example, every error answer a
 * problem detail (401 and 429 on all), the bearer security scheme; and every {@code $ref}
 * resolves.
 */
@SocleTest
class OpenApiDocumentTests {

	private static final Path COMMITTED = Path.of("docs/openapi.json");

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Test
	void theCommittedDocumentIsTheServedOne() throws Exception {
		JsonNode served = served();
		if ("write".equals(System.getProperty("socle.openapi"))) {
			Files.writeString(COMMITTED, JSON.writeValueAsString(served) + "\n");
		}
		assertThat(JSON.readTree(Files.readString(COMMITTED)))
			.as("docs/openapi.json is stale: regenerate it with "
					+ "./mvnw test -Dtest=OpenApiDocumentTests -Dsocle.openapi=write")
			.isEqualTo(served);
	}

	@Test
	void everyOperationIsDocumented() throws Exception {
		JsonNode document = served();
		assertThat(document.path("openapi").asString()).startsWith("3.1");
		assertThat(document.path("info").path("title").asString()).isEqualTo("Socle API");
		JsonNode scheme = document.path("components").path("securitySchemes").path("bearerToken");
		assertThat(scheme.path("type").asString()).isEqualTo("http");
		assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
		assertThat(document.path("security").toString()).contains("bearerToken");

		List<String> problems = new ArrayList<>();
		operations(document).forEach((name, op) -> {
			if (op.path("operationId").asString("").isBlank()) {
				problems.add(name + ": no operationId");
			}
			if (op.path("summary").asString("").isBlank()) {
				problems.add(name + ": no summary");
			}
			for (Map.Entry<String, JsonNode> response : op.path("responses").properties()) {
				String answer = name + " " + response.getKey();
				if (response.getKey().startsWith("2")) {
					checkSuccess(answer, response.getValue(), problems);
				}
				else {
					checkProblem(answer, response.getValue(), problems);
				}
			}
			if (!op.path("responses").has("401") || !op.path("responses").has("429")) {
				problems.add(name + ": 401 or 429 missing");
			}
		});
		assertThat(problems).isEmpty();
	}

	/** Each handler of /api/v1 is an operation of the document, and nothing else is. */
	@Test
	void theOperationsAreTheApisHandlers() throws Exception {
		Set<String> handlers = new TreeSet<>();
		this.handlerMapping.getHandlerMethods().keySet().forEach((mapping) -> {
			Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
			mapping.getPatternValues()
				.stream()
				.filter((pattern) -> pattern.startsWith("/api/v1/"))
				.forEach((pattern) -> {
					assertThat(methods).as("%s declares its method", mapping).isNotEmpty();
					methods.forEach((method) -> handlers.add(method + " " + pattern));
				});
		});
		assertThat(handlers).hasSizeGreaterThanOrEqualTo(14);
		assertThat(operations(served()).keySet()).containsExactlyElementsOf(handlers);
	}

	@Test
	void everyReferenceResolves() throws Exception {
		JsonNode document = served();
		List<String> references = new ArrayList<>();
		collectReferences(document, references);
		assertThat(references).isNotEmpty().contains("#/components/schemas/Problem");
		assertThat(references).allSatisfy((reference) -> {
			assertThat(reference).startsWith("#/");
			assertThat(document.at(reference.substring(1)).isObject()).as("%s resolves", reference).isTrue();
		});
		JsonNode problem = document.at("/components/schemas/Problem/properties");
		assertThat(problem.propertyNames()).contains("type", "title", "status", "detail", "instance", "errors");
	}

	@Test
	void theIdempotencyKeyIsARequiredHeader() throws Exception {
		JsonNode parameters = served()
			.at("/paths/~1api~1v1~1establishments~1{id}~1service-records~1bulk/post/parameters");
		assertThat(parameters.valueStream()
			.filter((parameter) -> "Idempotency-Key".equals(parameter.path("name").asString()))
			.map((parameter) -> parameter.path("in").asString() + " " + parameter.path("required").asBoolean()))
			.containsExactly("header true");
	}

	/** JSON with its schema and an example. */
	private static void checkSuccess(String answer, JsonNode response, List<String> problems) {
		JsonNode json = response.path("content").path(MediaType.APPLICATION_JSON_VALUE);
		if (response.path("content").size() != 1 || json.isMissingNode()) {
			problems.add(answer + ": not application/json alone");
		}
		if (!json.has("schema")) {
			problems.add(answer + ": no schema");
		}
		if (!json.has("example") && !json.has("examples")) {
			problems.add(answer + ": no example");
		}
	}

	/** A problem detail, whatever springdoc would infer from the handler. */
	private static void checkProblem(String answer, JsonNode response, List<String> problems) {
		JsonNode content = response.path("content");
		if (content.size() != 1 || !content.path(MediaType.APPLICATION_PROBLEM_JSON_VALUE)
			.path("schema")
			.path("$ref")
			.asString("")
			.equals("#/components/schemas/Problem")) {
			problems.add(answer + ": not a Problem as application/problem+json but " + content);
		}
	}

	/** "GET /api/v1/regions" → the operation, sorted. */
	private static Map<String, JsonNode> operations(JsonNode document) {
		Map<String, JsonNode> operations = new TreeMap<>();
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				operations.put(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), operation.getValue());
			}
		}
		return operations;
	}

	private static void collectReferences(JsonNode node, List<String> references) {
		if (node.isObject() && node.has("$ref")) {
			references.add(node.path("$ref").asString());
		}
		node.forEach((child) -> collectReferences(child, references));
	}

	private JsonNode served() throws Exception {
		String body = this.mvc.perform(get("/v3/api-docs").with(user(this.identity.auditor())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JSON.readTree(body);
	}

}
