package org.socle.identity.tokens;

import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every error under {@code /api/**} is an RFC 9457 problem detail (JSON, status, title,
 * instance), never an HTML page, an exception's message or a stack trace; validation
 * errors list each field with its translated message.
 */
@SocleTest
class ProblemDetailsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	ApiTokenFixtures tokens;

	@Test
	void invalidFieldsAreListedWithTranslatedMessages() throws Exception {
		problem(authorized(post(ProblemTestController.PATH)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\" \",\"count\":0}"), 422)
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "count")))
			.andExpect(jsonPath("$.errors[?(@.field == 'count')].message").value("La valeur doit être au moins 1."));
		problem(authorized(post(ProblemTestController.PATH)).contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.content("{\"count\":3}"), 422).andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].message").value("This field is required."));
	}

	@Test
	void requestsThatCannotBeReadAnswer400And415() throws Exception {
		problem(authorized(post(ProblemTestController.PATH)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": "), 400);
		problem(authorized(post(ProblemTestController.PATH)).contentType(MediaType.TEXT_PLAIN).content("name"), 415)
			.andExpect(header().string("Accept", containsString("application/json")));
		problem(authorized(get(ProblemTestController.PATH + "/numbers/{id}", "abc")), 404);
	}

	@Test
	void domainExceptionsAnswerAsInTheUiWithoutTheirMessage() throws Exception {
		problem(authorized(get(ProblemTestController.PATH + "/not-found")), 404);
		problem(authorized(get(ProblemTestController.PATH + "/forbidden")), 403);
		problem(authorized(get(ProblemTestController.PATH + "/conflict")), 409);
		problem(authorized(get(ProblemTestController.PATH + "/too-large")), 413);
		problem(authorized(get(ProblemTestController.PATH + "/boom")), 500)
			.andExpect(jsonPath("$.detail").value("Erreur interne : l'incident est enregistré."));
	}

	@Test
	void requestsNoEndpointTakesAnswer404405And406() throws Exception {
		problem(authorized(get("/api/v1/nothing-here")), 404);
		problem(authorized(delete("/api/v1/me")), 405).andExpect(header().string("Allow", containsString("GET")));
		problem(authorized(get("/api/v1/me")).accept(MediaType.TEXT_HTML), 406);
	}

	@Test
	void authenticationAndRateLimitAnswersAreProblemsToo() throws Exception {
		problem(get("/api/v1/me"), 401);
		problem(get("/api/v1/me").header("Authorization", "Bearer socle_nope"), 401);
		problem(get("/api/v1/me?access_token=socle_nope"), 400);
	}

	private MockHttpServletRequestBuilder authorized(MockHttpServletRequestBuilder request) {
		return request.header("Authorization", this.tokens.bearer(this.identity.auditor()));
	}

	private ResultActions problem(MockHttpServletRequestBuilder request, int status) throws Exception {
		ResultActions result = this.mvc.perform(request)
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(status))
			.andExpect(jsonPath("$.title").isString())
			.andExpect(jsonPath("$.type").value("about:blank"))
			.andExpect(jsonPath("$.instance").isString());
		String body = result.andReturn().getResponse().getContentAsString();
		assertThat(body).doesNotContain("<html", ProblemTestController.SECRET, "Exception", "\tat ");
		return result;
	}

}
