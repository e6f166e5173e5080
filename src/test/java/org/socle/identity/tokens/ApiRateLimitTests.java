package org.socle.identity.tokens;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each token may make {@code socle.api.requests-per-minute} calls a minute; the next
 * answers 429 with {@code Retry-After}, while another token of the same user goes on.
 */
@SocleTest
class ApiRateLimitTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	ApiTokenFixtures tokens;

	@Value("${socle.api.requests-per-minute}")
	int requestsPerMinute;

	@Test
	void pastTheLimitATokenGets429WithRetryAfterAndAnotherTokenGoesOn() throws Exception {
		SocleUser owner = this.identity.user("t-token-limit", Role.AUDITOR, null);
		String busy = "Bearer " + this.tokens.create(owner, "Busy").secret();
		String other = "Bearer " + this.tokens.create(owner, "Quiet").secret();
		// the bucket refills while the calls are made: count the calls served before the
		// first refusal, and check that refusal itself (a later call could find a
		// refilled token)
		int served = 0;
		MvcResult answer;
		while ((answer = this.mvc.perform(get("/api/v1/me").header("Authorization", busy)).andReturn()).getResponse()
			.getStatus() == 200 && served < 10 * this.requestsPerMinute) {
			served++;
		}
		assertThat(served).isBetween(this.requestsPerMinute, 10 * this.requestsPerMinute - 1);
		status().isTooManyRequests().match(answer);
		header().string("Retry-After", matchesPattern("[1-9][0-9]*")).match(answer);
		content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).match(answer);
		jsonPath("$.status").value(429).match(answer);
		this.mvc.perform(get("/api/v1/me").header("Authorization", other)).andExpect(status().isOk());
	}

	@Test
	void theBucketRefillsOverTheMinute() {
		InMemoryApiRateLimiter limiter = new InMemoryApiRateLimiter(2);
		assertThat(limiter.tryCall(1).allowed()).isTrue();
		assertThat(limiter.tryCall(1).allowed()).isTrue();
		ApiRateLimiter.Decision refused = limiter.tryCall(1);
		assertThat(refused.allowed()).isFalse();
		assertThat(refused.retryAfter()).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(30));
		assertThat(limiter.tryCall(2).allowed()).isTrue();
	}

}
