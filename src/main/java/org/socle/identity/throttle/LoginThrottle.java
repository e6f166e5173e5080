package org.socle.identity.throttle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.socle.identity.securitylog.SecurityEventKind;
import org.socle.identity.securitylog.SecurityLog;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Counts failed logins per account name and per client address in Bucket4j token buckets
 * kept in PostgreSQL ({@code login_throttle_bucket}, select-for-update proxy manager), so
 * that every node of a cluster shares them: a failure takes a token, an empty bucket is a
 * lock until its next refill (see {@link LoginThrottleProperties}). Successful logins are
 * not counted, and delete the account's bucket. Any name typed at the login form is
 * counted the same way, whether an account has it or not: a lock tells nothing about
 * which accounts exist. Bucket4j runs each bucket operation in a transaction of its own,
 * on the primary (the data source's writable side).
 */
@Service
@EnableConfigurationProperties(LoginThrottleProperties.class)
public class LoginThrottle {

	private static final int MAX_NAME = 100;

	/**
	 * Expired buckets deleted per failure: enough to keep up, small enough to be quick.
	 */
	private static final int EXPIRED_PER_FAILURE = 100;

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	private final JdbcClient jdbc;

	private final SecurityLog log;

	private final Clock clock;

	private final BucketConfiguration accountLimits;

	private final BucketConfiguration addressLimits;

	LoginThrottle(DataSource dataSource, JdbcClient jdbc, SecurityLog log, Clock clock,
			LoginThrottleProperties properties) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("login_throttle_bucket")
			.clientClock(timeMeter(clock))
			// a full bucket counts nothing: its row may go
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.build();
		this.jdbc = jdbc;
		this.log = log;
		this.clock = clock;
		this.accountLimits = LoginThrottleProperties.bucketOf(properties.getAccount());
		this.addressLimits = LoginThrottleProperties.bucketOf(properties.getAddress());
	}

	/** When the account or the address may try again, if either is locked now. */
	public Optional<Instant> lockedUntil(String username, String address) {
		List<Counter> counters = counters(username, address);
		Set<String> counting = counting(counters.stream().map(Counter::key).toList());
		return counters.stream()
			.filter((counter) -> counting.contains(counter.key()))
			.map(this::lockEnd)
			.flatMap(Optional::stream)
			.max(Comparator.naturalOrder());
	}

	/**
	 * Counts a failed login; a lock it starts goes to the security log.
	 * @return whether the account or the address is now locked
	 */
	public boolean recordFailure(String username, String address) {
		this.buckets.removeExpired(EXPIRED_PER_FAILURE);
		boolean locked = false;
		for (Counter counter : counters(username, address)) {
			ConsumptionProbe probe = bucket(counter).tryConsumeAndReturnRemaining(1);
			boolean startsLock = probe.isConsumed() && probe.getRemainingTokens() == 0;
			if (startsLock) {
				this.log.record(SecurityEventKind.LOCKED_OUT, username, null, address, counter.lockReason());
			}
			locked |= startsLock || !probe.isConsumed();
		}
		return locked;
	}

	/** A successful login: the account's failures are forgotten (not the address's). */
	public void recordSuccess(String username) {
		this.buckets.removeProxy(account(username).key());
	}

	/** An admin's unlock of an account, in the security log. */
	public void unlock(String username, String admin) {
		recordSuccess(username);
		this.log.record(SecurityEventKind.ACCOUNT_UNLOCKED, username, admin, null, null);
	}

	/** The accounts among {@code usernames} locked now, with the end of their lock. */
	public Map<String, Instant> lockedAccounts(Collection<String> usernames) {
		Map<Counter, String> byCounter = usernames.stream()
			.collect(Collectors.toMap(this::account, Function.identity(), (first, second) -> first));
		Set<String> counting = counting(byCounter.keySet().stream().map(Counter::key).toList());
		return byCounter.entrySet()
			.stream()
			.filter((entry) -> counting.contains(entry.getKey().key()))
			.flatMap((entry) -> lockEnd(entry.getKey()).map((end) -> Map.entry(entry.getValue(), end)).stream())
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * The keys among {@code keys} that have a bucket, in one query: asking Bucket4j about
	 * a key without one would create it, a write for every login and every listed user.
	 */
	private Set<String> counting(List<String> keys) {
		if (keys.isEmpty()) {
			return Set.of();
		}
		return Set
			.copyOf(this.jdbc.sql("select id from login_throttle_bucket where id in (:keys) and state is not null")
				.param("keys", keys)
				.query(String.class)
				.list());
	}

	private Optional<Instant> lockEnd(Counter counter) {
		EstimationProbe probe = bucket(counter).estimateAbilityToConsume(1);
		return probe.canBeConsumed() ? Optional.empty()
				: Optional.of(this.clock.instant().plusNanos(probe.getNanosToWaitForRefill()));
	}

	private BucketProxy bucket(Counter counter) {
		return this.buckets.getProxy(counter.key(), counter::limits);
	}

	/**
	 * The account's counter, and the address's if there is one (a second factor has
	 * none).
	 */
	private List<Counter> counters(String username, String address) {
		return (address != null)
				? List.of(account(username),
						new Counter("address:" + truncate(address), this.addressLimits, "failures-per-address"))
				: List.of(account(username));
	}

	/** The name as the login form's user lookup reads it (trimmed, lower case). */
	private Counter account(String username) {
		String name = Objects.requireNonNullElse(username, "").strip().toLowerCase(Locale.ROOT);
		return new Counter("account:" + truncate(name), this.accountLimits, "failures-per-account");
	}

	private static String truncate(String value) {
		return (value.length() <= MAX_NAME) ? value : value.substring(0, MAX_NAME);
	}

	/** Bucket4j's time, read from the application's clock. */
	private static TimeMeter timeMeter(Clock clock) {
		return new TimeMeter() {

			@Override
			public long currentTimeNanos() {
				Instant now = clock.instant();
				return now.getEpochSecond() * 1_000_000_000L + now.getNano();
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}

		};
	}

	/**
	 * One bucket: its key, its limits, and the reason a lock it starts is logged with.
	 */
	private record Counter(String key, BucketConfiguration limits, String lockReason) {
	}

}
