package org.socle.identity.login;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing: at most so many login attempts per username and client
 * address every {@link #WINDOW}, and so many per address (many usernames from one place).
 * Further attempts are sent back to the login page with a message, without checking the
 * password.
 */
class LoginRateLimitFilter extends OncePerRequestFilter {

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final int attemptsPerUser;

	private final int attemptsPerAddress;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(WINDOW)
		.maximumSize(100_000)
		.build();

	LoginRateLimitFilter(int attemptsPerUser, int attemptsPerAddress) {
		this.attemptsPerUser = attemptsPerUser;
		this.attemptsPerAddress = attemptsPerAddress;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& (request.getContextPath() + "/login").equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String address = request.getRemoteAddr();
		String username = String.valueOf(request.getParameter("username")).trim().toLowerCase(Locale.ROOT);
		boolean allowed = bucket("user:" + address + ":" + username, this.attemptsPerUser).tryConsume(1)
				&& bucket("address:" + address, this.attemptsPerAddress).tryConsume(1);
		if (allowed) {
			chain.doFilter(request, response);
		}
		else {
			response.sendRedirect(request.getContextPath() + "/login?tooMany");
		}
	}

	private Bucket bucket(String key, int capacity) {
		return this.buckets.get(key,
				(k) -> Bucket.builder()
					.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, WINDOW).build())
					.build());
	}

}
