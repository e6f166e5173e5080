package org.socle.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL server (zonky embedded binaries) when no
 * {@code spring.datasource.url} is configured, so that Socle runs with a JDK as the only
 * prerequisite. Data lives under {@code socle.data-dir} and survives restarts (fsync on);
 * the server requires the password kept next to it ({@link EmbeddedPostgresServer}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresCondition.class)
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgres(@Value("${socle.data-dir:./data}") Path dataDir,
			@Value("${socle.embedded-db.port:54329}") int port) throws IOException {
		Path pgData = dataDir.resolve("postgres").toAbsolutePath().normalize();
		Files.createDirectories(pgData);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(pgData)
			.setCleanDataDirectory(false)
			.setPort(port)
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on");
		Path passwordFile = pgData.resolveSibling(EmbeddedPostgresPassword.FILE_NAME);
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(builder, pgData, passwordFile);
		log.info("Socle uses an embedded PostgreSQL on port {} with its data in {} and its password in {}; "
				+ "set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to use your own server.",
				port, pgData, passwordFile);
		return server;
	}

	@Bean
	JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgresServer server) {
		return connectionDetails(server);
	}

	static JdbcConnectionDetails connectionDetails(EmbeddedPostgresServer server) {
		return new JdbcConnectionDetails() {
			@Override
			public String getUsername() {
				return EmbeddedPostgresServer.SUPERUSER;
			}

			@Override
			public String getPassword() {
				return server.password();
			}

			@Override
			public String getJdbcUrl() {
				return server.jdbcUrl();
			}
		};
	}

}
