package org.socle.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

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
 * prerequisite. Data lives under {@code socle.data-dir} and survives restarts (fsync on).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresCondition.class)
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	static final String DATABASE = "socle";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${socle.data-dir:./data}") Path dataDir,
			@Value("${socle.embedded-db.port:54329}") int port) throws IOException {
		Path pgData = dataDir.resolve("postgres").toAbsolutePath().normalize();
		Files.createDirectories(pgData);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(pgData)
			.setCleanDataDirectory(false)
			.setPort(port)
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.start();
		createDatabaseIfMissing(postgres);
		log.info("Socle uses an embedded PostgreSQL on port {} with its data in {}; "
				+ "set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to use your own server.",
				port, pgData);
		return postgres;
	}

	@Bean
	JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
		return connectionDetails(postgres);
	}

	static JdbcConnectionDetails connectionDetails(EmbeddedPostgres postgres) {
		String url = postgres.getJdbcUrl("postgres", DATABASE);
		return new JdbcConnectionDetails() {
			@Override
			public String getUsername() {
				return "postgres";
			}

			@Override
			public String getPassword() {
				return "";
			}

			@Override
			public String getJdbcUrl() {
				return url;
			}
		};
	}

	static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			try (ResultSet rs = statement
				.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
				if (rs.next()) {
					return;
				}
			}
			statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the database '" + DATABASE + "'", ex);
		}
	}

}
