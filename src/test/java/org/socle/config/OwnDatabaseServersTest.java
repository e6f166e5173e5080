package org.socle.config;

import java.time.Duration;

import org.socle.shared.jdbc.ReadsFromReplica;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole application on PostgreSQL servers of its own, which tests stop and start
 * (never the suite's shared server): a primary, and a streaming standby of it as the read
 * replica ({@code SOCLE_REPLICA_URL}). One Spring context for {@link ReplicaRoutingTests}
 * and {@link DatabaseFaultTests}; every test leaves both servers running. Short
 * connection timeouts keep the faults quick.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.hikari.connection-timeout=1000", "socle.replica.connect-timeout=1s",
				"socle.replica.retry-after=1s" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(OwnDatabaseServersTest.ReportLikeReads.class)
abstract class OwnDatabaseServersTest {

	static final RestartablePostgres primary = RestartablePostgres.startNew("primary");

	static final RestartablePostgres standby = StreamingStandby.of(primary);

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			standby.close();
			primary.close();
		}));
	}

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", primary::jdbcUrl);
		registry.add("spring.datasource.username", () -> RestartablePostgres.USER);
		registry.add("socle.replica.url", standby::jdbcUrl);
	}

	/**
	 * Runs {@code check} until it passes, at most {@code timeout} (a server starting, a
	 * pool reconnecting, a standby replaying), then once more letting its failure
	 * through.
	 */
	static void eventually(Duration timeout, Check check) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			try {
				check.run();
				return;
			}
			catch (Exception | AssertionError notYet) {
				Thread.sleep(200);
			}
		}
		check.run();
	}

	interface Check {

		void run() throws Exception;

	}

	/** Reads as the reports do, and says whether a standby answered. */
	@ReadsFromReplica
	static class ReportLikeReads {

		private final JdbcTemplate jdbc;

		ReportLikeReads(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@Transactional(readOnly = true)
		public boolean readOnStandby() {
			return onStandby();
		}

		@Transactional
		public boolean writeTransactionOnStandby() {
			return onStandby();
		}

		private boolean onStandby() {
			return this.jdbc.queryForObject("SELECT pg_is_in_recovery()", Boolean.class);
		}

	}

}
