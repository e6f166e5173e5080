package org.socle.identity.tokens;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's description of the API as a whole: title, bearer tokens, and the
 * problem-detail answers every operation may give (401, 429).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentationConfiguration {

	static final String BEARER = "bearerToken";

	private static final String PROBLEM = "Problem";

	@Bean
	OpenAPI socleOpenApi() {
		return new OpenAPI().info(new Info().title("Socle API").version("v1").description("""
				Read Socle's registry, scores and statistics, and record services, from your own systems. \
				Every call carries a personal API token (`Authorization: Bearer socle_…`), created on the \
				account's \"API tokens\" page, and sees exactly what its owner sees in Socle. Errors are \
				RFC 9457 problem details; each token may make a limited number of calls a minute (429 with \
				`Retry-After` beyond). See docs/api.md."""))
			.servers(List.of(new Server().url("/").description("This Socle")))
			.components(new Components()
				.addSecuritySchemes(BEARER,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.description("A personal API token (socle_ followed by 43 characters)"))
				.addSchemas(PROBLEM, problemSchema()))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

	/** Every operation may answer 401 (no valid token) and 429 (rate limit). */
	@Bean
	OpenApiCustomizer commonProblemResponses() {
		return (openApi) -> openApi.getPaths()
			.values()
			.forEach((path) -> path.readOperations()
				.forEach((operation) -> operation.getResponses()
					.addApiResponse("401", problem("No token, or an unknown, expired or revoked one"))
					.addApiResponse("429",
							problem("Too many calls with this token: retry after Retry-After seconds"))));
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema<?> problemSchema() {
		return new Schema<>().type("object")
			.description("RFC 9457 problem details")
			.addProperty("type", new Schema<>().type("string").example("about:blank"))
			.addProperty("title", new Schema<>().type("string").example("Unauthorized"))
			.addProperty("status", new Schema<>().type("integer").example(401))
			.addProperty("detail", new Schema<>().type("string"))
			.addProperty("instance", new Schema<>().type("string").example("/api/v1/me"))
			.addProperty("errors",
					new Schema<>().type("array")
						.description("Validation errors: each field and its message")
						.items(new Schema<>().type("object")
							.addProperty("field", new Schema<>().type("string"))
							.addProperty("message", new Schema<>().type("string"))));
	}

}
