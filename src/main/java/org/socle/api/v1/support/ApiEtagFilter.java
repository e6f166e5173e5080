package org.socle.api.v1.support;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * ETags on the API's reads, from a hash of the body: a partner's nightly sync sends
 * {@code If-None-Match} and gets {@code 304 Not Modified}, with no body, when nothing
 * changed. The response is still computed (the saving is the transfer); responses are
 * private and must be revalidated, rather than Spring Security's {@code no-store}, under
 * which no ETag is sent.
 */
public class ApiEtagFilter extends ShallowEtagHeaderFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if ("GET".equals(request.getMethod())) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
		}
		super.doFilterInternal(request, response, chain);
	}

}
