package org.socle.config;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL that nobody opens without its password. zonky's {@code initdb}
 * trusts every local connection; on the first start of a data directory (new, or from a
 * version of Socle before passwords) the superuser gets the password of
 * {@link EmbeddedPostgresPassword} (sent as a SCRAM verifier, never in clear), and
 * {@code pg_hba.conf} is replaced by rules requiring {@code scram-sha-256} for every
 * connection, checked before the application goes on. A {@code pg_hba.conf} without any
 * {@code trust} rule is left as it is (an operator's own rules).
 */
final class EmbeddedPostgresServer implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	static final String DATABASE = "socle";

	static final String SUPERUSER = "postgres";

	static final String HBA = """
			# Written by Socle (docs/security.md): every connection needs the password kept in
			# postgres.password next to this data directory, checked with scram-sha-256.
			local   all             all                     scram-sha-256
			host    all             all     127.0.0.1/32    scram-sha-256
			host    all             all     ::1/128         scram-sha-256
			local   replication     all                     scram-sha-256
			host    replication     all     127.0.0.1/32    scram-sha-256
			host    replication     all     ::1/128         scram-sha-256
			""";

	private static final Pattern TRUST_RULE = Pattern.compile("(?m)^\\s*[^#\\s].*\\btrust\\b");

	private final EmbeddedPostgres postgres;

	private final String password;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, String password) {
		this.postgres = postgres;
		this.password = password;
	}

	/**
	 * Starts the server of {@code builder} (whose data directory is {@code pgData}) with
	 * the password kept in {@code passwordFile}, and creates the application database.
	 */
	static EmbeddedPostgresServer start(EmbeddedPostgres.Builder builder, Path pgData, Path passwordFile)
			throws IOException {
		String password = EmbeddedPostgresPassword.readOrCreate(passwordFile);
		EmbeddedPostgres postgres = builder.setConnectConfig("password", password).start();
		EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, password);
		try {
			server.requirePassword(pgData.resolve("pg_hba.conf"));
			server.createDatabaseIfMissing();
		}
		catch (IOException | RuntimeException ex) {
			postgres.close();
			throw ex;
		}
		return server;
	}

	String jdbcUrl() {
		return this.postgres.getJdbcUrl(SUPERUSER, DATABASE);
	}

	String password() {
		return this.password;
	}

	int port() {
		return this.postgres.getPort();
	}

	private void requirePassword(Path hba) throws IOException {
		if (!TRUST_RULE.matcher(Files.readString(hba, StandardCharsets.UTF_8)).find()) {
			return;
		}
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			connection.unwrap(PGConnection.class)
				.alterUserPassword(SUPERUSER, this.password.toCharArray(), "scram-sha-256");
			Files.writeString(hba, HBA, StandardCharsets.UTF_8);
			statement.execute("SELECT pg_reload_conf()");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not set the password of the embedded PostgreSQL", ex);
		}
		awaitRefusalWithoutPassword();
		log.info("The embedded PostgreSQL now requires its password (scram-sha-256) for every connection");
	}

	/**
	 * The reload is asynchronous: wait until a connection without password is refused.
	 */
	private void awaitRefusalWithoutPassword() {
		String url = "jdbc:postgresql://localhost:" + port() + "/postgres";
		for (int attempt = 0; attempt < 100; attempt++) {
			try (Connection ignored = DriverManager.getConnection(url, SUPERUSER, "")) {
				Thread.sleep(50);
			}
			catch (SQLException refused) {
				return;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		throw new IllegalStateException("The embedded PostgreSQL still accepts connections without password");
	}

	private void createDatabaseIfMissing() {
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
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

	@Override
	public void close() throws IOException {
		this.postgres.close();
	}

}
