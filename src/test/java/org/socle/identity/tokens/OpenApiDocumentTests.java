package org.socle.identity.tokens;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI document the application serves is the one committed as
 * {@code docs/openapi.json} (regenerate it on purpose with
 * {@code ./mvnw test -Dtest=OpenApiDocumentTests -Dsocle.openapi=write}), documents only
 * {@code /api/v1}, and documents every operation: an operationId, a summary, a 2xx answer
 * with a schema or an example, the bearer security scheme.
 */
@SocleTest
class OpenApiDocumentTests {

	private static final Path COMMITTED = Path.of("docs/openapi.json");

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

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
		int operations = 0;
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			if (!path.getKey().startsWith("/api/v1/")) {
				problems.add(path.getKey() + " is not under /api/v1");
			}
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				operations++;
				String name = operation.getKey().toUpperCase() + " " + path.getKey();
				JsonNode op = operation.getValue();
				if (op.path("operationId").asString("").isBlank()) {
					problems.add(name + ": no operationId");
				}
				if (op.path("summary").asString("").isBlank()) {
					problems.add(name + ": no summary");
				}
				if (!hasDocumentedSuccess(op.path("responses"))) {
					problems.add(name + ": no 2xx answer with a schema or an example");
				}
			}
		}
		assertThat(operations).isPositive();
		assertThat(problems).isEmpty();
	}

	private static boolean hasDocumentedSuccess(JsonNode responses) {
		for (Map.Entry<String, JsonNode> response : responses.properties()) {
			if (!response.getKey().startsWith("2")) {
				continue;
			}
			if ("204".equals(response.getKey())) {
				return true;
			}
			for (JsonNode media : response.getValue().path("content")) {
				if (media.has("schema") || media.has("example") || media.has("examples")) {
					return true;
				}
			}
		}
		return false;
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
