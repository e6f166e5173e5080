package org.socle.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.socle.shared.web.problem.ProblemResponses;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * Answers 400 with the translated error page when the query string or a form body cannot
 * be decoded ({@code ?q=%}, {@code sort=%,asc}): the container fails on the first read of
 * a parameter, wherever that happens (a security filter, an interceptor), and that
 * failure would otherwise surface as a server error in the log. Multipart bodies are left
 * to the multipart resolver. The {@code sort} parameter is checked once more: Spring Data
 * decodes its values a second time, so {@code sort=%25zz} would fail there. The REST API
 * gets a problem detail instead of the page.
 */
class MalformedParametersFilter extends OncePerRequestFilter {

	private final MessageSource messages;

	MalformedParametersFilter(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParameterMap();
			String[] sorts = request.getParameterValues("sort");
			for (String sort : (sorts != null) ? sorts : new String[0]) {
				UriUtils.decode(sort, StandardCharsets.UTF_8);
			}
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			this.logger.debug("400: " + ex.getMessage());
			if (ProblemResponses.isApiRequest(request)) {
				String detail = this.messages.getMessage("api.problem.badParameter", null,
						ProblemResponses.locale(request));
				ProblemResponses.write(response, ProblemResponses.problem(HttpStatus.BAD_REQUEST, detail, request),
						new HttpHeaders());
			}
			else {
				response.sendError(HttpStatus.BAD_REQUEST.value());
			}
			return;
		}
		chain.doFilter(request, response);
	}

}
