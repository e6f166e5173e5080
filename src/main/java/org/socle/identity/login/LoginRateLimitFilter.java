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

import org.socle.identity.securitylog.SecurityEventKind;
import org.socle.identity.securitylog.SecurityLog;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing: at most so many login attempts per username and client
 * address every {@link #WINDOW}, and so many per address (many usernames from one place).
 * Further attempts are sent back to the login page with a message, without checking the
 * password; the first refused attempt of a window is a lock-out in the security log.
 */
class LoginRateLimitFilter extends OncePerRequestFilter {

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final int attemptsPerUser;

	private final int attemptsPerAddress;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(WINDOW)
		.maximumSize(100_000)
		.build();

	/** Keys already locked out in this window: logged once, not at every attempt. */
	private final Cache<String, Boolean> lockedOut = Caffeine.newBuilder()
		.expireAfterWrite(WINDOW)
		.maximumSize(100_000)
		.build();

	private final SecurityLog log;

	LoginRateLimitFilter(int attemptsPerUser, int attemptsPerAddress, SecurityLog log) {
		this.attemptsPerUser = attemptsPerUser;
		this.attemptsPerAddress = attemptsPerAddress;
		this.log = log;
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
		String userKey = "user:" + address + ":" + username;
		String addressKey = "address:" + address;
		String refusedBy = !bucket(userKey, this.attemptsPerUser).tryConsume(1) ? userKey
				: !bucket(addressKey, this.attemptsPerAddress).tryConsume(1) ? addressKey : null;
		if (refusedBy == null) {
			chain.doFilter(request, response);
			return;
		}
		if (this.lockedOut.asMap().putIfAbsent(refusedBy, Boolean.TRUE) == null) {
			this.log.record(SecurityEventKind.LOCKED_OUT, username, null, address,
					refusedBy.equals(userKey) ? "attempts-per-user" : "attempts-per-address");
		}
		response.sendRedirect(request.getContextPath() + "/login?tooMany");
	}

	private Bucket bucket(String key, int capacity) {
		return this.buckets.get(key,
				(k) -> Bucket.builder()
					.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, WINDOW).build())
					.build());
	}

}
