package org.socle.identity.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FailureCountTests {

	private static final ThrottleRule ACCOUNT = new ThrottleRule(5, Duration.ofHours(24),
			List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(60)));

	private static final Instant START = Instant.parse("2026-12-04T08:00:00Z");

	@Test
	void everyFifthFailureLocksForLongerThanTheLastTheLongestRepeating() {
		List<Duration> locks = new ArrayList<>();
		FailureCount count = FailureCount.none(START);
		Instant now = START;
		for (int failure = 1; failure <= 25; failure++) {
			now = now.plusSeconds(1);
			FailureCount next = count.afterFailure(ACCOUNT, now);
			if (!Objects.equals(next.lockedUntil(), count.lockedUntil())) {
				locks.add(Duration.between(now, next.lockedUntil()));
				now = next.lockedUntil();
			}
			count = next;
		}
		assertThat(locks).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
				Duration.ofMinutes(60), Duration.ofMinutes(60));
	}

	@Test
	void fourFailuresDoNotLock() {
		FailureCount count = FailureCount.none(START);
		for (int failure = 1; failure <= 4; failure++) {
			count = count.afterFailure(ACCOUNT, START.plusSeconds(failure));
		}
		assertThat(count.lockedUntil()).isNull();
		assertThat(count.afterFailure(ACCOUNT, START.plusSeconds(5)).lockedUntil())
			.isEqualTo(START.plusSeconds(5).plus(Duration.ofMinutes(1)));
	}

	@Test
	void aNewWindowForgetsFailuresAndPastLocks() {
		FailureCount count = new FailureCount(4, 3, START, START.plus(Duration.ofMinutes(20)));
		Instant nextDay = START.plus(Duration.ofHours(25));
		FailureCount after = count.afterFailure(ACCOUNT, nextDay);
		assertThat(after.failures()).isEqualTo(1);
		assertThat(after.locks()).isZero();
		assertThat(after.windowStartedAt()).isEqualTo(nextDay);
		assertThat(after.lockedUntil()).isBefore(nextDay);
	}

	@Test
	void anAddressRuleLocksOnceItsWindowHoldsEnoughFailures() {
		ThrottleRule address = new ThrottleRule(100, Duration.ofMinutes(15), List.of(Duration.ofMinutes(15)));
		FailureCount count = FailureCount.none(START);
		for (int failure = 1; failure <= 99; failure++) {
			count = count.afterFailure(address, START.plusSeconds(failure));
		}
		assertThat(count.lockedUntil()).isNull();
		// the window started 15 minutes ago: the 100th failure starts a new one instead
		assertThat(count.afterFailure(address, START.plus(Duration.ofMinutes(15))).lockedUntil()).isNull();
		assertThat(count.afterFailure(address, START.plusSeconds(100)).lockedUntil())
			.isEqualTo(START.plusSeconds(100).plus(Duration.ofMinutes(15)));
	}

}
