package org.socle.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection pool of the read replica, with a short connection timeout. After a
 * failed connection the replica is left alone for {@link #RETRY_AFTER} (reads go to the
 * primary meanwhile) so that each report does not wait for a server that is down.
 * Deliberately not a {@code DataSource} bean: the {@code db} health of the readiness
 * probe checks the primary only.
 */
final class ReplicaPool implements AutoCloseable {

	static final Duration RETRY_AFTER = Duration.ofSeconds(10);

	private static final Logger log = LoggerFactory.getLogger(ReplicaPool.class);

	private final HikariDataSource pool;

	private final Clock clock;

	private volatile Instant retryAt = Instant.MIN;

	ReplicaPool(HikariDataSource pool, Clock clock) {
		this.pool = pool;
		this.clock = clock;
	}

	/**
	 * A connection to the replica, or null when it does not answer (or did not answer
	 * less than {@link #RETRY_AFTER} ago).
	 */
	Connection connectionOrNull() {
		if (this.clock.instant().isBefore(this.retryAt)) {
			return null;
		}
		try {
			Connection connection = this.pool.getConnection();
			if (!Instant.MIN.equals(this.retryAt)) {
				log.info("The read replica answers again: reports read from it");
				this.retryAt = Instant.MIN;
			}
			return connection;
		}
		catch (SQLException ex) {
			log.warn("The read replica does not answer ({}): reports read from the primary for {}", ex.getMessage(),
					RETRY_AFTER);
			this.retryAt = this.clock.instant().plus(RETRY_AFTER);
			return null;
		}
	}

	/** A connection for the health check, whatever the last attempts gave. */
	Connection connection() throws SQLException {
		return this.pool.getConnection();
	}

	@Override
	public void close() {
		this.pool.close();
	}

}
