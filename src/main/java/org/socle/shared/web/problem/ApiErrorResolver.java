package org.socle.shared.web.problem;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * An {@code /api/**} request no controller took: an unknown path (404), a method (405,
 * with {@code Allow}) or media type (406, 415) no endpoint accepts. The controller
 * advices cannot see these (no controller), and the UI's error pages must not answer
 * them.
 */
@Component
class ApiErrorResolver implements HandlerExceptionResolver, Ordered {

	private final MessageSource messages;

	ApiErrorResolver(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!ProblemResponses.isApiRequest(request) || handler instanceof HandlerMethod
				|| !(ex instanceof ErrorResponse error) || response.isCommitted()) {
			return null;
		}
		ProblemDetail problem = ProblemResponses.problem(error.getStatusCode(),
				error.updateAndGetBody(this.messages, ProblemResponses.locale(request)).getDetail(), request);
		try {
			ProblemResponses.write(response, problem, error.getHeaders());
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		return new ModelAndView();
	}

	/** Before Spring MVC's resolvers, which would answer with the HTML error pages. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

}
