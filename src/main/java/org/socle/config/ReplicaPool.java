package org.socle.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection pool of the read replica, with a short connection timeout. After a
 * failed connection the replica is left alone for a while
 * ({@code socle.replica.retry-after}, 10 s; reads go to the primary meanwhile) so that
 * each report does not wait for a server that is down. Deliberately not a
 * {@code DataSource} bean: the {@code db} health of the readiness probe checks the
 * primary only.
 */
final class ReplicaPool implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ReplicaPool.class);

	private final HikariDataSource pool;

	private final Duration retryAfter;

	/** Whether the last attempt failed, and when ({@link System#nanoTime()}). */
	private volatile boolean down;

	private volatile long failedAt;

	ReplicaPool(HikariDataSource pool, Duration retryAfter) {
		this.pool = pool;
		this.retryAfter = retryAfter;
	}

	/**
	 * A connection to the replica, or null when it does not answer (or did not answer a
	 * moment ago).
	 */
	Connection connectionOrNull() {
		if (this.down && System.nanoTime() - this.failedAt < this.retryAfter.toNanos()) {
			return null;
		}
		try {
			Connection connection = this.pool.getConnection();
			if (this.down) {
				log.info("The read replica answers again: reports read from it");
				this.down = false;
			}
			return connection;
		}
		catch (SQLException ex) {
			if (!this.down) {
				log.warn("The read replica does not answer ({}): reports read from the primary until it does",
						ex.getMessage());
			}
			this.failedAt = System.nanoTime();
			this.down = true;
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
