package org.socle.identity.login;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * Placed just before Spring Session's filter: bounds to one request the session that
 * {@link CoarseAccessTimeSessionRepository} keeps after reading it, so that the request
 * reads its session from PostgreSQL once, and the next request reads it again (an admin
 * may have ended it on another node).
 */
final class SessionReadScopeFilter implements Filter {

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		CoarseAccessTimeSessionRepository.duringRequest(() -> chain.doFilter(request, response));
	}

}
