package org.socle.shared.web;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A body is rendered once per key, with the model asked for only then, and one that would
 * carry the session's CSRF token is refused rather than kept for others.
 */
@SocleTest
class RenderedViewsTests {

	@Autowired
	RenderedViews views;

	MockHttpServletRequest request;

	@BeforeEach
	void request() {
		requestWithToken("token-of-one-session");
	}

	private void requestWithToken(String token) {
		// a page shown again after a POST: not kept whole, so its body gets the token
		this.request = new MockHttpServletRequest("POST", "/establishments");
		this.request.setAttribute(CsrfToken.class.getName(), new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", token));
		this.request.setAttribute("_csrf", this.request.getAttribute(CsrfToken.class.getName()));
		RequestContextHolder
			.setRequestAttributes(new ServletRequestAttributes(this.request, new MockHttpServletResponse()));
	}

	@AfterEach
	void noRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void aBodyIsRenderedOncePerKeyAndEscaped() {
		AtomicInteger models = new AtomicInteger();
		String first = this.views.html("search <b>", "rendered-views/forms :: search",
				() -> Map.of("q", "<b>" + models.incrementAndGet()));
		String again = this.views.html("search <b>", "rendered-views/forms :: search",
				() -> Map.of("q", "<b>" + models.incrementAndGet()));
		String other = this.views.html("search <i>", "rendered-views/forms :: search",
				() -> Map.of("q", "<i>" + models.incrementAndGet()));

		assertThat(first).contains("value=\"&lt;b&gt;1\"").isSameAs(again);
		assertThat(other).contains("value=\"&lt;i&gt;2\"");
		assertThat(models).hasValue(2);
	}

	@Test
	void aBodyHoldingTheSessionsCsrfTokenIsRefused() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.views.html("post", "rendered-views/forms :: post", () -> Map.of("q", "x")))
			.withMessageContaining("CSRF");
	}

	@Test
	void aBodyWithFormsIsKeptWithoutTheTokenAndServedWithEachRequestsOwn() {
		AtomicInteger models = new AtomicInteger();
		String first = this.views.htmlWithForms("post x", "rendered-views/forms :: post",
				() -> Map.of("q", "x" + models.incrementAndGet()));
		requestWithToken("token-of-another-session");
		String again = this.views.htmlWithForms("post x", "rendered-views/forms :: post",
				() -> Map.of("q", "x" + models.incrementAndGet()));

		assertThat(first).contains("name=\"_csrf\" value=\"token-of-one-session\"", "value=\"x1\"");
		assertThat(again).contains("name=\"_csrf\" value=\"token-of-another-session\"", "value=\"x1\"")
			.doesNotContain("token-of-one-session");
		assertThat(models).hasValue(1);
	}

	@Test
	void aBodyWithFormsForAPageKeptWholeKeepsItsPlaceholdersForThePage() {
		this.request.setMethod("GET");
		String body = this.views.htmlWithForms("post z", "rendered-views/forms :: post", () -> Map.of("q", "z"));
		assertThat(body).contains("name=\"_csrf\" value=\"" + this.views.tokenHole() + "\"")
			.doesNotContain("token-of-one-session");
	}

	@Test
	void aKeptBodyWithFormsIsNotServedToARequestWithoutAToken() {
		this.views.htmlWithForms("post y", "rendered-views/forms :: post", () -> Map.of("q", "y"));
		this.request.removeAttribute(CsrfToken.class.getName());
		assertThatIllegalStateException()
			.isThrownBy(
					() -> this.views.htmlWithForms("post y", "rendered-views/forms :: post", () -> Map.of("q", "y")))
			.withMessageContaining("CSRF");
	}

}
