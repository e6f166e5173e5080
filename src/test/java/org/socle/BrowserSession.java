package org.socle;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.SmartRequestBuilder;
import org.springframework.util.ObjectUtils;

/**
 * One browser's session across MockMvc requests. Sessions live in PostgreSQL (Spring
 * Session), found by their cookie: MockMvc's {@code MockHttpSession} is not the session
 * the application sees, so a test keeps the cookie instead, as a browser does.
 */
public final class BrowserSession {

	static final String COOKIE = "SESSION";

	private final MockMvc mvc;

	private Cookie cookie;

	public BrowserSession(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** Performs {@code request} with the session cookie, and keeps the one it answers. */
	public ResultActions perform(RequestBuilder request) throws Exception {
		ResultActions actions = this.mvc.perform(new WithCookie(request));
		Cookie answered = actions.andReturn().getResponse().getCookie(COOKIE);
		if (answered != null) {
			this.cookie = answered.getMaxAge() == 0 ? null : answered;
		}
		return actions;
	}

	/** {@code request} with the session cookie, for a helper that performs it. */
	public RequestBuilder request(RequestBuilder request) {
		return new WithCookie(request);
	}

	/** The session id as the cookie carries it; null before the first session. */
	public String cookieValue() {
		return (this.cookie != null) ? this.cookie.getValue() : null;
	}

	private final class WithCookie implements SmartRequestBuilder {

		private final RequestBuilder request;

		WithCookie(RequestBuilder request) {
			this.request = request;
		}

		@Override
		public MockHttpServletRequest buildRequest(ServletContext servletContext) {
			MockHttpServletRequest built = this.request.buildRequest(servletContext);
			if (BrowserSession.this.cookie != null) {
				built.setCookies(ObjectUtils.addObjectToArray(built.getCookies(),
						new Cookie(COOKIE, BrowserSession.this.cookie.getValue())));
			}
			return built;
		}

		@Override
		public MockHttpServletRequest postProcessRequest(MockHttpServletRequest built) {
			return (this.request instanceof SmartRequestBuilder smart) ? smart.postProcessRequest(built) : built;
		}

	}

}
