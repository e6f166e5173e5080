package org.socle.identity.tokens;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

/**
 * The OpenAPI document's description of the API as a whole: title, bearer tokens, and the
 * problem details of every error answer (the 401 and 429 every operation may give, and
 * those each operation declares).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentationConfiguration {

	static final String BEARER = "bearerToken";

	private static final String PROBLEM = "Problem";

	private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	@Bean
	OpenAPI socleOpenApi() {
		return new OpenAPI().info(new Info().title("Socle API").version("v1").description("""
				Read Socle's registry, scores and statistics, and record services, from your own systems. \
				Every call carries a personal API token (`Authorization: Bearer socle_…`), created on the \
				account's \"API tokens\" page, and sees exactly what its owner sees in Socle. Errors are \
				RFC 9457 problem details; each token may make a limited number of calls a minute (429 with \
				`Retry-After` beyond). See docs/api.md."""))
			.servers(List.of(new Server().url("/").description("This Socle")))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("A personal API token (socle_ followed by 43 characters)")))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

	/**
	 * Every operation may answer 401 (no valid token) and 429 (rate limit), and every
	 * error answer is a problem. The Problem schema is added here, not with the
	 * components above: springdoc drops the schemas nothing refers to before customizers
	 * run.
	 */
	@Bean
	OpenApiCustomizer problemResponses() {
		return (openApi) -> {
			openApi.getComponents().addSchemas(PROBLEM, problemSchema());
			openApi.getPaths().values().forEach((path) -> path.readOperations().forEach((operation) -> {
				ApiResponses responses = operation.getResponses();
				responses.addApiResponse("401",
						new ApiResponse().description("No token, or an unknown, expired or revoked one"));
				responses.addApiResponse("429",
						new ApiResponse().description("Too many calls with this token: retry after Retry-After seconds")
							.addHeaderObject(HttpHeaders.RETRY_AFTER,
									new Header().description("Seconds to wait").schema(type("integer"))));
				responses.forEach((status, response) -> {
					if (!status.startsWith("2")) {
						asProblem(response);
					}
				});
			}));
		};
	}

	/**
	 * springdoc gives an answer declared without content the operation's success type; an
	 * error answer is a problem, whatever was declared (an example is kept).
	 */
	private static void asProblem(ApiResponse response) {
		MediaType problem = new MediaType().schema(new JsonSchema().$ref("#/components/schemas/" + PROBLEM));
		if (response.getContent() != null) {
			response.getContent()
				.values()
				.stream()
				.filter((declared) -> declared.getExample() != null || declared.getExamples() != null)
				.findFirst()
				.ifPresent((declared) -> problem.example(declared.getExample()).examples(declared.getExamples()));
		}
		response.setContent(new Content().addMediaType(PROBLEM_JSON, problem));
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema<?> problemSchema() {
		return type("object").description("RFC 9457 problem details")
			.addProperty("type", type("string").format("uri-reference").example("about:blank"))
			.addProperty("title", type("string").example("Unauthorized"))
			.addProperty("status", type("integer").example(401))
			.addProperty("detail", type("string"))
			.addProperty("instance", type("string").format("uri-reference").example("/api/v1/me"))
			.addProperty("errors",
					type("array")
						.description("Validation errors: each field and its message (the bulk upload adds "
								+ "the record's row and the message's code)")
						.items(type("object").addProperty("field", type("string"))
							.addProperty("message", type("string"))
							.addProperty("row", type("integer"))
							.addProperty("code", type("string"))))
			.required(List.of("type", "title", "status"));
	}

	/**
	 * A type as OpenAPI 3.1 writes it (a 3.0 schema's type is left out of a 3.1
	 * document).
	 */
	private static Schema<Object> type(String type) {
		return new JsonSchema().typesItem(type);
	}

}
