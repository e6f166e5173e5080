package org.socle.identity.throttle;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default limits as Bucket4j applies them, on a clock the test moves: the delay grows
 * with the failures, as the login throttle promises (docs/security.md).
 */
class ThrottleLimitsTests {

	private final ManualTime time = new ManualTime();

	@Test
	void aGuesserTryingAsSoonAsAllowedIsLockedForLongerAndLonger() {
		Bucket account = bucket(new LoginThrottleProperties().getAccount());
		List<Duration> locks = new ArrayList<>();
		int failures = 0;
		while (this.time.elapsed().compareTo(Duration.ofMinutes(81)) < 0) {
			assertThat(account.tryConsume(1)).isTrue();
			failures++;
			Duration lock = Duration.ofNanos(account.estimateAbilityToConsume(1).getNanosToWaitForRefill());
			if (!lock.isZero()) {
				locks.add(lock);
				this.time.advance(lock);
			}
		}
		// the 5th failure locks 1 minute, the 10th 5, the 15th 15, the 20th 60
		assertThat(locks).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
				Duration.ofMinutes(60));
		assertThat(failures).isEqualTo(20);
	}

	@Test
	void fourFailuresDoNotLockTheFifthDoes() {
		Bucket account = bucket(new LoginThrottleProperties().getAccount());
		for (int failure = 1; failure <= 4; failure++) {
			assertThat(account.tryConsumeAndReturnRemaining(1).getRemainingTokens()).isPositive();
		}
		assertThat(account.tryConsumeAndReturnRemaining(1).getRemainingTokens()).isZero();
		assertThat(Duration.ofNanos(account.estimateAbilityToConsume(1).getNanosToWaitForRefill()))
			.isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void afterTheLongestPeriodEverythingIsForgotten() {
		Bucket account = bucket(new LoginThrottleProperties().getAccount());
		account.tryConsume(19);
		this.time.advance(Duration.ofMinutes(81));
		assertThat(account.getAvailableTokens()).isEqualTo(5);
		assertThat(account.tryConsume(20)).as("the first limit still allows only 5 in a row").isFalse();
		assertThat(account.tryConsume(5)).isTrue();
		this.time.advance(Duration.ofMinutes(1));
		assertThat(account.tryConsume(5)).as("the second limit forgot the 19 earlier failures").isTrue();
	}

	@Test
	void anAddressIsLockedAtItsHundredthFailureUntilItsPeriodEnds() {
		Bucket address = bucket(new LoginThrottleProperties().getAddress());
		this.time.advance(Duration.ofMinutes(5));
		assertThat(address.tryConsume(99)).isTrue();
		assertThat(address.estimateAbilityToConsume(1).canBeConsumed()).isTrue();
		assertThat(address.tryConsume(1)).isTrue();
		assertThat(Duration.ofNanos(address.estimateAbilityToConsume(1).getNanosToWaitForRefill()))
			.isEqualTo(Duration.ofMinutes(10));
		this.time.advance(Duration.ofMinutes(10));
		assertThat(address.tryConsume(100)).isTrue();
	}

	private Bucket bucket(List<LoginThrottleProperties.Limit> limits) {
		BucketConfiguration configuration = LoginThrottleProperties.bucketOf(limits);
		LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(this.time);
		for (Bandwidth bandwidth : configuration.getBandwidths()) {
			builder.addLimit(bandwidth);
		}
		return builder.build();
	}

	/** A clock for Bucket4j that moves only when the test says. */
	private static final class ManualTime implements TimeMeter {

		private long nanos = 1_000_000_000_000L;

		private final long start = this.nanos;

		void advance(Duration duration) {
			this.nanos += duration.toNanos();
		}

		Duration elapsed() {
			return Duration.ofNanos(this.nanos - this.start);
		}

		@Override
		public long currentTimeNanos() {
			return this.nanos;
		}

		@Override
		public boolean isWallClockBased() {
			return false;
		}

	}

}
