package org.socle.identity.login;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.socle.identity.throttle.LoginThrottle;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login, before its password is checked, while the account name or the client
 * address is locked by {@link LoginThrottle}; the answer is the same whether the account
 * exists or not. The address is the one Tomcat resolved (through the trusted proxies).
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	static final String LOCKED_URL = "/login?locked";

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& (request.getContextPath() + "/login").equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.throttle.lockedUntil(request.getParameter("username"), request.getRemoteAddr()).isPresent()) {
			response.sendRedirect(request.getContextPath() + LOCKED_URL);
			return;
		}
		chain.doFilter(request, response);
	}

}
