package org.socle.config;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The read replica's health ({@code replica}): DOWN when it does not answer. Not part of
 * the readiness group: reports then read the primary and the node keeps serving. Details
 * (for admins) say whether the server is a standby and when it replayed its last
 * transaction, a measure of its lag while the primary writes.
 */
class ReplicaHealthIndicator extends AbstractHealthIndicator {

	private final ReplicaPool replica;

	ReplicaHealthIndicator(ReplicaPool replica) {
		super("The read replica does not answer");
		this.replica = replica;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		try (Connection connection = this.replica.connection();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT pg_is_in_recovery(), pg_last_xact_replay_timestamp()")) {
			rs.next();
			builder.up()
				.withDetail("standby", rs.getBoolean(1))
				.withDetail("lastReplayedTransaction", String.valueOf(rs.getObject(2, OffsetDateTime.class)));
		}
	}

}
