package org.socle.identity.tokens;

import java.time.Duration;

/**
 * How many API calls a token may make. Behind an interface so that a store shared by
 * several nodes (PostgreSQL, Redis) can replace the in-memory one.
 */
interface ApiRateLimiter {

	/** Counts one call of this token: allowed, or how long to wait. */
	Decision tryCall(long tokenId);

	/** Allowed, or refused with the time until the next call would be. */
	record Decision(boolean allowed, Duration retryAfter) {
	}

}
