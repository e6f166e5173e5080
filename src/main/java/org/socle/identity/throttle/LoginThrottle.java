package org.socle.identity.throttle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.socle.identity.securitylog.SecurityEventKind;
import org.socle.identity.securitylog.SecurityLog;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account name and per client address in PostgreSQL, so that
 * every node of a cluster shares the count, and locks them for a growing time (see
 * {@link LoginThrottleProperties}). Successful logins are not counted, and reset the
 * account's count. Any name typed at the login form is counted the same way, whether an
 * account has it or not: a lock tells nothing about which accounts exist.
 */
@Service
@EnableConfigurationProperties(LoginThrottleProperties.class)
public class LoginThrottle {

	private static final String ACCOUNT = "ACCOUNT";

	private static final String ADDRESS = "ADDRESS";

	private static final int MAX_NAME = 100;

	private final JdbcClient jdbc;

	private final SecurityLog log;

	private final Clock clock;

	private final ThrottleRule accountRule;

	private final ThrottleRule addressRule;

	LoginThrottle(JdbcClient jdbc, SecurityLog log, Clock clock, LoginThrottleProperties properties) {
		this.jdbc = jdbc;
		this.log = log;
		this.clock = clock;
		this.accountRule = properties.getAccount().toRule();
		this.addressRule = properties.getAddress().toRule();
	}

	/**
	 * When the account or the address may try again, if either is locked now. Not a
	 * read-only transaction: read from the primary, a replica's lag must not let a guess
	 * through.
	 */
	@Transactional
	public Optional<Instant> lockedUntil(String username, String address) {
		return Optional.ofNullable(this.jdbc.sql("""
				select max(locked_until) from login_throttle
				where ((kind = :account and name = :username) or (kind = :address and name = :addr))
				  and locked_until > :now""")
			.param("account", ACCOUNT)
			.param("username", accountName(username))
			.param("address", ADDRESS)
			.param("addr", addressName(address))
			.param("now", Timestamp.from(this.clock.instant()))
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.orElse(null));
	}

	/**
	 * Counts a failed login; a lock it starts goes to the security log.
	 * @return whether the account or the address is now locked
	 */
	@Transactional
	public boolean recordFailure(String username, String address) {
		Instant now = this.clock.instant();
		forgetQuietCounts(now);
		boolean accountLocked = count(ACCOUNT, accountName(username), this.accountRule, now);
		boolean addressLocked = address != null && count(ADDRESS, addressName(address), this.addressRule, now);
		if (accountLocked) {
			this.log.record(SecurityEventKind.LOCKED_OUT, username, null, address, "failures-per-account");
		}
		if (addressLocked) {
			this.log.record(SecurityEventKind.LOCKED_OUT, username, null, address, "failures-per-address");
		}
		return accountLocked || addressLocked || lockedUntil(username, address).isPresent();
	}

	/** A successful login: the account's failures are forgotten (not the address's). */
	@Transactional
	public void recordSuccess(String username) {
		forget(username);
	}

	/** An admin's unlock of an account, in the security log. */
	@Transactional
	public void unlock(String username, String admin) {
		forget(username);
		this.log.record(SecurityEventKind.ACCOUNT_UNLOCKED, username, admin, null, null);
	}

	/** The accounts among {@code usernames} locked now, with the end of their lock. */
	@Transactional(readOnly = true)
	public Map<String, Instant> lockedAccounts(Collection<String> usernames) {
		if (usernames.isEmpty()) {
			return Map.of();
		}
		Map<String, String> byName = usernames.stream()
			.collect(Collectors.toMap(LoginThrottle::accountName, Function.identity(), (first, second) -> first));
		return this.jdbc.sql("""
				select name, locked_until from login_throttle
				where kind = :account and name in (:names) and locked_until > :now""")
			.param("account", ACCOUNT)
			.param("names", byName.keySet())
			.param("now", Timestamp.from(this.clock.instant()))
			.query((rs, row) -> Map.entry(byName.get(rs.getString("name")),
					rs.getTimestamp("locked_until").toInstant()))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * Adds one failure to a row locked for the time of the update, so that two nodes
	 * counting at once both count.
	 * @return whether this failure started a lock
	 */
	private boolean count(String kind, String name, ThrottleRule rule, Instant now) {
		this.jdbc.sql("""
				insert into login_throttle (kind, name, window_started_at) values (:kind, :name, :now)
				on conflict do nothing""")
			.param("kind", kind)
			.param("name", name)
			.param("now", Timestamp.from(now))
			.update();
		FailureCount before = this.jdbc.sql("""
				select failures, locks, window_started_at, locked_until from login_throttle
				where kind = :kind and name = :name for update""")
			.param("kind", kind)
			.param("name", name)
			.query(LoginThrottle::failureCount)
			.single();
		FailureCount after = before.afterFailure(rule, now);
		this.jdbc.sql("""
				update login_throttle
				set failures = :failures, locks = :locks, window_started_at = :started, locked_until = :until
				where kind = :kind and name = :name""")
			.param("failures", after.failures())
			.param("locks", after.locks())
			.param("started", Timestamp.from(after.windowStartedAt()))
			.param("until", (after.lockedUntil() != null) ? Timestamp.from(after.lockedUntil()) : null, Types.TIMESTAMP)
			.param("kind", kind)
			.param("name", name)
			.update();
		return !Objects.equals(after.lockedUntil(), before.lockedUntil());
	}

	private void forget(String username) {
		this.jdbc.sql("delete from login_throttle where kind = :account and name = :name")
			.param("account", ACCOUNT)
			.param("name", accountName(username))
			.update();
	}

	/**
	 * Rows whose window and lock are over hold nothing a new failure would use. Rows
	 * another login has locked are left for later rather than waited for.
	 */
	private void forgetQuietCounts(Instant now) {
		Instant before = now.minus(Stream.of(this.accountRule, this.addressRule)
			.map(ThrottleRule::window)
			.max(Comparable::compareTo)
			.orElseThrow());
		this.jdbc.sql("""
				delete from login_throttle where (kind, name) in (
				  select kind, name from login_throttle
				  where window_started_at < :before and (locked_until is null or locked_until < :now)
				  for update skip locked)""")
			.param("before", Timestamp.from(before))
			.param("now", Timestamp.from(now))
			.update();
	}

	private static FailureCount failureCount(ResultSet rs, int row) throws SQLException {
		Timestamp lockedUntil = rs.getTimestamp("locked_until");
		return new FailureCount(rs.getInt("failures"), rs.getInt("locks"),
				rs.getTimestamp("window_started_at").toInstant(),
				(lockedUntil != null) ? lockedUntil.toInstant() : null);
	}

	/** As the login form's user lookup reads it (trimmed, lower case). */
	static String accountName(String username) {
		return truncate(Objects.requireNonNullElse(username, "").strip().toLowerCase(Locale.ROOT));
	}

	private static String addressName(String address) {
		return truncate(Objects.requireNonNullElse(address, ""));
	}

	private static String truncate(String value) {
		return (value.length() <= MAX_NAME) ? value : value.substring(0, MAX_NAME);
	}

}
