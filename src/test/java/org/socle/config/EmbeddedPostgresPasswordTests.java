package org.socle.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded server as the application starts it (every {@code @SocleTest} also runs on
 * a server started this way, so the application connects with the password): nobody
 * connects without the password, the password file is its owner's only, and a data
 * directory from before passwords keeps its data and gets one.
 */
class EmbeddedPostgresPasswordTests {

	@TempDir
	Path dataDir;

	@Test
	void aNewDataDirectoryGetsAnOwnerOnlyPasswordFileAndRefusesConnectionsWithoutIt() throws Exception {
		try (EmbeddedPostgresServer server = start()) {
			Path file = this.dataDir.resolve("postgres.password");
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
			assertThat(Files.readString(file).strip()).hasSizeGreaterThanOrEqualTo(43).isEqualTo(server.password());
			assertThat(Files.readString(this.dataDir.resolve("postgres/pg_hba.conf"))).contains("scram-sha-256")
				.doesNotContainPattern("(?m)^[^#]*trust");

			assertRefused(server, "");
			assertRefused(server, "socle-demo");
			assertThat(query(server, server.password(), "select current_database()")).isEqualTo("socle");
		}
	}

	@Test
	void aDataDirectoryFromBeforePasswordsKeepsItsDataAndRequiresThePasswordFromNowOn() throws Exception {
		Path pgData = this.dataDir.resolve("postgres");
		try (EmbeddedPostgres old = EmbeddedPostgres.builder()
			.setDataDirectory(pgData)
			.setCleanDataDirectory(false)
			.start(); Connection c = old.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
			s.execute("create table kept (name text)");
			s.execute("insert into kept values ('Amina')");
		}
		assertThat(Files.readString(pgData.resolve("pg_hba.conf"))).containsPattern("(?m)^[^#]*trust");

		try (EmbeddedPostgresServer server = start()) {
			assertRefused(server, "");
			try (Connection c = DriverManager.getConnection(url(server, "postgres"), "postgres", server.password());
					ResultSet rs = c.createStatement().executeQuery("select name from kept")) {
				assertThat(rs.next()).isTrue();
				assertThat(rs.getString(1)).isEqualTo("Amina");
			}
		}
	}

	@Test
	void theNextStartKeepsThePasswordAndRestrictsAWidenedFileAgain() throws Exception {
		String first;
		try (EmbeddedPostgresServer server = start()) {
			first = server.password();
		}
		Path file = this.dataDir.resolve("postgres.password");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		try (EmbeddedPostgresServer server = start()) {
			assertThat(server.password()).isEqualTo(first);
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
			assertRefused(server, "");
			assertThat(query(server, first, "select 'ok'")).isEqualTo("ok");
		}
	}

	private EmbeddedPostgresServer start() throws IOException {
		return new EmbeddedPostgresConfiguration().embeddedPostgres(this.dataDir, 0);
	}

	private static void assertRefused(EmbeddedPostgresServer server, String password) {
		for (String database : new String[] { "socle", "postgres", "template1" }) {
			assertThatThrownBy(() -> DriverManager.getConnection(url(server, database), "postgres", password).close())
				.as("connection to %s with password '%s'", database, password)
				.isInstanceOf(SQLException.class);
		}
	}

	private static String query(EmbeddedPostgresServer server, String password, String sql) throws SQLException {
		try (Connection c = DriverManager.getConnection(url(server, "socle"), "postgres", password);
				ResultSet rs = c.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static String url(EmbeddedPostgresServer server, String database) {
		return "jdbc:postgresql://localhost:" + server.port() + "/" + database;
	}

}
