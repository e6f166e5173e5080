package org.socle.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * Answers 400 with the translated error page when the query string or a form body cannot
 * be decoded ({@code ?q=%}, {@code sort=%,asc}): the container fails on the first read of
 * a parameter, wherever that happens (a security filter, an interceptor), and that
 * failure would otherwise surface as a server error in the log. Multipart bodies are left
 * to the multipart resolver. The {@code sort} parameter is checked once more: Spring Data
 * decodes its values a second time, so {@code sort=%25zz} would fail there.
 */
class MalformedParametersFilter extends OncePerRequestFilter {

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
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return;
		}
		chain.doFilter(request, response);
	}

}
