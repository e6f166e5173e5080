package org.socle.identity.throttle;

import java.time.Duration;
import java.util.List;

/**
 * When failed logins lock an account or an address: every {@code failures} failures
 * within a {@code window} (counted from the window's first failure) impose a lock, the
 * first for {@code locks[0]}, the next for {@code locks[1]}, and so on, the last
 * repeating.
 */
record ThrottleRule(int failures, Duration window, List<Duration> locks) {

	ThrottleRule {
		if (failures < 1 || window.isNegative() || window.isZero() || locks.isEmpty()) {
			throw new IllegalArgumentException("A throttle rule needs failures >= 1, a window and lock durations");
		}
		locks = List.copyOf(locks);
	}

	Duration lock(int previousLocks) {
		return this.locks.get(Math.min(previousLocks, this.locks.size() - 1));
	}

}
