package org.socle.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;

/**
 * The PostgreSQL server of the tests, always a real one:
 * <ul>
 * <li>by default an embedded server, throw-away and shared by every Spring context of the
 * test JVM;</li>
 * <li>with {@code -Dsocle.test.db=testcontainers}, a Testcontainers PostgreSQL (needs
 * Docker);</li>
 * <li>with {@code SOCLE_TEST_DB_URL} (and {@code SOCLE_TEST_DB_USERNAME},
 * {@code SOCLE_TEST_DB_PASSWORD}), an external server.</li>
 * </ul>
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@TestConfiguration(proxyBeanMethods = false)
	@ConditionalOnExpression("'${socle.test.db.url:}' == '' and '${socle.test.db:embedded}' == 'embedded'")
	static class Embedded {

		@Bean
		JdbcConnectionDetails embeddedTestDatabase() {
			return EmbeddedPostgresConfiguration.connectionDetails(SharedServer.get());
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	@ConditionalOnExpression("'${socle.test.db.url:}' == '' and '${socle.test.db:embedded}' == 'testcontainers'")
	static class Testcontainers {

		private static final PostgreSQLContainer CONTAINER = new PostgreSQLContainer("postgres:17-alpine");

		@Bean
		@ServiceConnection
		PostgreSQLContainer postgresContainer() {
			return CONTAINER;
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	@ConditionalOnProperty("socle.test.db.url")
	static class External {

		@Bean
		JdbcConnectionDetails externalTestDatabase(@Value("${socle.test.db.url}") String url,
				@Value("${socle.test.db.username:postgres}") String username,
				@Value("${socle.test.db.password:}") String password) {
			return new JdbcConnectionDetails() {
				@Override
				public String getUsername() {
					return username;
				}

				@Override
				public String getPassword() {
					return password;
				}

				@Override
				public String getJdbcUrl() {
					return url;
				}
			};
		}

	}

	/**
	 * One embedded server per test JVM, on a random port and a temporary directory,
	 * started as the application starts its own: with a password.
	 */
	static final class SharedServer {

		private static EmbeddedPostgresServer server;

		private SharedServer() {
		}

		static synchronized EmbeddedPostgresServer get() {
			if (server == null) {
				try {
					Path directory = Files.createTempDirectory("socle-test-db");
					Path pgData = directory.resolve("postgres");
					server = EmbeddedPostgresServer.start(
							EmbeddedPostgres.builder().setDataDirectory(pgData).setCleanDataDirectory(true), pgData,
							directory.resolve(EmbeddedPostgresPassword.FILE_NAME));
					directory.resolve(EmbeddedPostgresPassword.FILE_NAME).toFile().deleteOnExit();
					directory.toFile().deleteOnExit();
				}
				catch (IOException ex) {
					throw new IllegalStateException("Could not start the embedded test PostgreSQL", ex);
				}
				Runtime.getRuntime().addShutdownHook(new Thread(SharedServer::close));
			}
			return server;
		}

		private static void close() {
			try {
				server.close();
			}
			catch (IOException ex) {
				// the JVM is exiting; the temporary directory is cleaned by zonky
			}
		}

	}

}
