package org.socle.identity.tokens;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A Bucket4j token bucket per API token in this node's memory: {@code
 * socle.api.requests-per-minute} calls a minute, refilled continuously. With several
 * nodes each counts its own calls (see docs/api.md, "Rate limits").
 */
@Component
class InMemoryApiRateLimiter implements ApiRateLimiter {

	private static final Duration WINDOW = Duration.ofMinutes(1);

	private final int requestsPerMinute;

	private final Cache<Long, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(WINDOW.multipliedBy(2))
		.maximumSize(100_000)
		.build();

	InMemoryApiRateLimiter(@Value("${socle.api.requests-per-minute:600}") int requestsPerMinute) {
		this.requestsPerMinute = requestsPerMinute;
	}

	@Override
	public Decision tryCall(long tokenId) {
		ConsumptionProbe probe = this.buckets
			.get(tokenId,
					(id) -> Bucket.builder()
						.addLimit(Bandwidth.builder()
							.capacity(this.requestsPerMinute)
							.refillGreedy(this.requestsPerMinute, WINDOW)
							.build())
						.build())
			.tryConsumeAndReturnRemaining(1);
		return new Decision(probe.isConsumed(), Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

}
