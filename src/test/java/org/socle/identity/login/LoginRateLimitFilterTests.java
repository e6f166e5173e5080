package org.socle.identity.login;

import org.junit.jupiter.api.Test;
import org.socle.identity.securitylog.SecurityEventKind;
import org.socle.identity.securitylog.SecurityLog;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

class LoginRateLimitFilterTests {

	private final SecurityLog log = mock(SecurityLog.class);

	private final LoginRateLimitFilter filter = new LoginRateLimitFilter(3, 5, this.log);

	@Test
	void blocksAUsernameFromOneAddressAfterTheLimit() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(attempt("amina", "203.0.113.7").getRedirectedUrl()).isNull();
		}
		assertThat(attempt("Amina ", "203.0.113.7").getRedirectedUrl()).isEqualTo("/login?tooMany");
		assertThat(attempt("amina", "203.0.113.7").getRedirectedUrl()).isEqualTo("/login?tooMany");
		assertThat(attempt("amina", "198.51.100.9").getRedirectedUrl()).as("another address").isNull();
		// one lock-out in the security log, not one per refused attempt
		verify(this.log, times(1)).record(SecurityEventKind.LOCKED_OUT, "amina", null, "203.0.113.7",
				"attempts-per-user");
		verifyNoMoreInteractions(this.log);
	}

	@Test
	void blocksAnAddressTryingManyUsernames() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(attempt("user" + i, "192.0.2.1").getRedirectedUrl()).isNull();
		}
		assertThat(attempt("someone-else", "192.0.2.1").getRedirectedUrl()).isEqualTo("/login?tooMany");
	}

	@Test
	void leavesOtherRequestsAlone() throws Exception {
		for (int i = 0; i < 10; i++) {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
			MockHttpServletResponse response = new MockHttpServletResponse();
			MockFilterChain chain = new MockFilterChain();
			this.filter.doFilter(request, response, chain);
			assertThat(chain.getRequest()).isNotNull();
		}
	}

	private MockHttpServletResponse attempt(String username, String address) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
		request.setParameter("username", username);
		request.setRemoteAddr(address);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request, response, chain);
		assertThat(chain.getRequest() != null).isEqualTo(response.getRedirectedUrl() == null);
		return response;
	}

}
