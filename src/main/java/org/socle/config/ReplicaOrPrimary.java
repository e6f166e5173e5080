package org.socle.config;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.socle.shared.jdbc.ReplicaReadScope;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Where read-only transactions get their connection: the replica inside a
 * {@link org.socle.shared.jdbc.ReadsFromReplica} class while it answers; otherwise the
 * primary, read-only as such transactions always were.
 */
final class ReplicaOrPrimary extends DelegatingDataSource {

	private final ReplicaPool replica;

	ReplicaOrPrimary(DataSource primary, ReplicaPool replica) {
		super(primary);
		this.replica = replica;
	}

	@Override
	public Connection getConnection() throws SQLException {
		if (ReplicaReadScope.isActive()) {
			Connection connection = this.replica.connectionOrNull();
			if (connection != null) {
				return connection;
			}
		}
		Connection connection = obtainTargetDataSource().getConnection();
		try {
			// the lazy proxy leaves the connections of this data source as they come
			connection.setReadOnly(true);
			return connection;
		}
		catch (SQLException ex) {
			connection.close();
			throw ex;
		}
	}

}
