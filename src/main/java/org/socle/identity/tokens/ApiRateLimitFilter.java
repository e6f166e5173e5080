package org.socle.identity.tokens;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.socle.shared.web.problem.ProblemResponses;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts each authenticated API call against its token's limit; past it, 429 with
 * {@code Retry-After} (whole seconds) and a problem detail, before any work is done.
 */
class ApiRateLimitFilter extends OncePerRequestFilter {

	private final ApiRateLimiter limiter;

	private final MessageSource messages;

	ApiRateLimitFilter(ApiRateLimiter limiter, MessageSource messages) {
		this.limiter = limiter;
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (SecurityContextHolder.getContext()
			.getAuthentication() instanceof BearerTokenFilter.ApiTokenAuthentication authentication) {
			ApiRateLimiter.Decision decision = this.limiter.tryCall(authentication.tokenId());
			if (!decision.allowed()) {
				long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
				HttpHeaders headers = new HttpHeaders();
				headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
				ProblemResponses.write(response,
						ProblemResponses.problem(HttpStatus.TOO_MANY_REQUESTS,
								this.messages.getMessage("api.problem.rateLimited", new Object[] { seconds },
										ProblemResponses.locale(request)),
								request),
						headers);
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
