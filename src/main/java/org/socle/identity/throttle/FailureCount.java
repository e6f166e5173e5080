package org.socle.identity.throttle;

import java.time.Instant;

/**
 * The failed logins of one account or address, as stored in {@code login_throttle}.
 *
 * @param failures failures since the window started or the last lock began
 * @param locks locks imposed in this window
 * @param windowStartedAt when the window's first failure happened
 * @param lockedUntil the end of the last lock (in the past once it is over), or null
 */
record FailureCount(int failures, int locks, Instant windowStartedAt, Instant lockedUntil) {

	static FailureCount none(Instant now) {
		return new FailureCount(0, 0, now, null);
	}

	/** The count after one more failure at {@code now}, under {@code rule}. */
	FailureCount afterFailure(ThrottleRule rule, Instant now) {
		FailureCount current = windowStartedAt.plus(rule.window()).isAfter(now) ? this
				: new FailureCount(0, 0, now, this.lockedUntil);
		int failures = current.failures + 1;
		if (failures < rule.failures()) {
			return new FailureCount(failures, current.locks, current.windowStartedAt, current.lockedUntil);
		}
		return new FailureCount(0, current.locks + 1, current.windowStartedAt, now.plus(rule.lock(current.locks)));
	}

}
