package org.socle.shared.jdbc;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The version of the data the national dashboard and the lists read (table
 * {@code dashboard_data_version}): a number in PostgreSQL that every writer of those
 * tables bumps at its commit (the triggers of V107 and V112: assessments and their
 * scores, actions, stays, beneficiaries, establishments, organisations, provinces,
 * visits; for tables updated for other reasons, only the columns read). Anything computed
 * from these columns can be kept under it on any node: a change written by any node gives
 * a new version on every node's next read, so there is nothing to invalidate. Read it
 * before the figures it keys, in the same read-only transaction: the figures are then at
 * least as new as the version says.
 */
@Component
public class DataVersion {

	/**
	 * The version, as a statement of its own or as a scalar sub-select of a statement
	 * that a page runs anyway (one round trip fewer).
	 */
	public static final String SELECT = "SELECT version FROM dashboard_data_version";

	private final JdbcTemplate jdbc;

	DataVersion(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The current version: one statement. */
	public long read() {
		return this.jdbc.queryForObject(SELECT, Long.class);
	}

}
