package org.socle.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.tokens.ApiTokenFixtures;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reports and the API's reads come from a real streaming standby
 * ({@link StreamingStandby}), everything else from the primary; when the standby stops,
 * reports read the primary and the node stays ready; when it is back, reports read it
 * again.
 */
class ReplicaRoutingTests extends OwnDatabaseServersTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportLikeReads reports;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	ApiTokenFixtures tokens;

	@Test
	void theStandbyIsARealOneFedByThePrimary() throws Exception {
		this.jdbc.update("CREATE TABLE IF NOT EXISTS replica_probe (n int)");
		this.jdbc.update("INSERT INTO replica_probe VALUES (42)");
		eventually(Duration.ofSeconds(10),
				() -> assertThat(standbyCount("SELECT count(*) FROM replica_probe")).isPositive());
		try (Connection connection = standby.connect(); Statement statement = connection.createStatement()) {
			var rs = statement.executeQuery("SELECT pg_is_in_recovery()");
			rs.next();
			assertThat(rs.getBoolean(1)).isTrue();
		}
	}

	@Test
	void readOnlyTransactionsOfReportsRunOnTheStandbyAndTheRestOnThePrimary() {
		assertThat(this.reports.readOnStandby()).isTrue();
		assertThat(this.reports.writeTransactionOnStandby()).isFalse();
		TransactionTemplate otherRead = new TransactionTemplate(this.transactions);
		otherRead.setReadOnly(true);
		Boolean otherReadOnStandby = otherRead.execute((status) -> inRecovery());
		assertThat(otherReadOnStandby).isFalse();
	}

	@Test
	void theManagersHomeShowsWhatTheStandbyHasReplayedAndTheRegistryWhatThePrimaryHas() throws Exception {
		SocleUser manager = this.identity.managerA();
		long organisation = this.identity.organisation("Test Org A");
		setReplay("pause");
		try {
			this.establishments.establishment("Replica Lag Home", organisation);
			this.mvc.perform(get("/establishments").with(user(manager)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Replica Lag Home")));
			this.mvc.perform(get("/").with(user(manager)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Replica Lag Home"))));
			this.mvc
				.perform(get("/api/v1/establishments").param("q", "Replica Lag")
					.header("Authorization", this.tokens.bearer(manager)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.totalItems").value(0));
		}
		finally {
			setReplay("resume");
		}
		eventually(Duration.ofSeconds(10), () -> this.mvc.perform(get("/").with(user(manager)))
			.andExpect(content().string(containsString("Replica Lag Home"))));
	}

	@Test
	void whileTheStandbyIsDownReportsReadThePrimaryAndTheNodeStaysReady() throws Exception {
		SocleUser manager = this.identity.managerA();
		this.establishments.establishment("Replica Fallback Home", this.identity.organisation("Test Org A"));
		standby.stop();
		try {
			// a read in flight on a pooled connection as the standby stops fails once;
			// the
			// pool then drops that connection and the next reads go to the primary
			eventually(Duration.ofSeconds(10), () -> assertThat(this.reports.readOnStandby()).isFalse());
			this.mvc.perform(get("/").with(user(manager)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Replica Fallback Home")));
			this.mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
			this.mvc.perform(get("/actuator/health").with(user(this.identity.admin())))
				.andExpect(jsonPath("$.components.replica.status").value("DOWN"))
				.andExpect(jsonPath("$.components.db.status").value("UP"));
		}
		finally {
			standby.start();
		}
		eventually(Duration.ofSeconds(15), () -> assertThat(this.reports.readOnStandby()).isTrue());
		this.mvc.perform(get("/actuator/health").with(user(this.identity.admin())))
			.andExpect(jsonPath("$.components.replica.status").value("UP"))
			.andExpect(jsonPath("$.components.replica.details.standby").value(true));
	}

	private boolean inRecovery() {
		return this.jdbc.queryForObject("SELECT pg_is_in_recovery()", Boolean.class);
	}

	private static long standbyCount(String sql) throws SQLException {
		try (Connection connection = standby.connect(); Statement statement = connection.createStatement()) {
			var rs = statement.executeQuery(sql);
			rs.next();
			return rs.getLong(1);
		}
		catch (SQLException notYetReplayed) {
			return 0;
		}
	}

	/** Pauses or resumes the standby's replay of the primary's changes. */
	private static void setReplay(String action) throws SQLException {
		try (Connection connection = standby.connect(); Statement statement = connection.createStatement()) {
			statement.execute("SELECT pg_wal_replay_" + action + "()");
		}
	}

}
