package org.socle.identity.login;

import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.identity.LoginHints;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Start-up as an operator sees it: health and readiness say UP only once Socle accepts
 * traffic (after the start-up runners: demo data, first admin), and one log line says
 * where to open Socle and how to log in.
 */
@SocleTest
class StartupTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Environment environment;

	@Test
	void healthAndReadinessAreOutOfServiceUntilSocleAcceptsTraffic() throws Exception {
		try {
			AvailabilityChangeEvent.publish(this.context, ReadinessState.REFUSING_TRAFFIC);
			this.mvc.perform(get("/actuator/health"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(jsonPath("$.status").value("OUT_OF_SERVICE"));
			this.mvc.perform(get("/actuator/health/readiness"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(jsonPath("$.status").value("OUT_OF_SERVICE"));
		}
		finally {
			AvailabilityChangeEvent.publish(this.context, ReadinessState.ACCEPTING_TRAFFIC);
		}
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		this.mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void theReadyLineSaysWhereToOpenSocleAndHowToLogIn() {
		LoginHints hints = new LoginHints();
		hints.add("a demo account (admin, auditor, manager or manager2) with the password 'socle-demo'");
		ReadyMessage message = new ReadyMessage(hints, new MockEnvironment());
		assertThat(message.line(message.url(18605))).isEqualTo("Socle is ready: open http://localhost:18605/ and "
				+ "log in as a demo account (admin, auditor, manager or manager2) with the password 'socle-demo'");

		MockEnvironment behindAPath = new MockEnvironment().withProperty("server.address", "0.0.0.0")
			.withProperty("server.servlet.context-path", "/socle");
		ReadyMessage noHints = new ReadyMessage(new LoginHints(), behindAPath);
		assertThat(noHints.url(8080)).isEqualTo("http://localhost:8080/socle/");
		assertThat(noHints.line("http://localhost:8080/socle/")).contains("log in with your account");
	}

}
