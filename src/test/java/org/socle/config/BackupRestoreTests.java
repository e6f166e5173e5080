package org.socle.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.socle.SocleApplication;
import org.socle.SocleTest;
import org.socle.beneficiary.BeneficiaryFixtures;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.organisation.OrganisationService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backup restores: the test database, with data made by the fixtures, is dumped table
 * by table ({@code COPY ... TO STDOUT}, binary, in one repeatable-read snapshot, with the
 * sequences' values), restored into a fresh database, and Socle starts on it and finds
 * the data. The schema of the fresh database comes from Flyway at the same version, then
 * the dump's rows replace whatever the migrations inserted (triggers and foreign keys off
 * during the load, as {@code pg_dump --disable-triggers} does). Why not pg_dump itself:
 * the embedded PostgreSQL 17 ships no client tools and Debian's pg_dump 15 refuses a 17
 * server (docs/operations.md, "Backup and restore").
 */
@SocleTest
class BackupRestoreTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcConnectionDetails database;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	BeneficiaryFixtures beneficiaries;

	@TempDir
	Path dump;

	@Test
	void aDumpRestoredIntoAFreshDatabaseHoldsTheSameDataAndSocleStartsOnIt() throws Exception {
		long organisation = this.identity.organisation("Association de sauvegarde");
		this.identity.user("t-backup-manager", Role.MANAGER, organisation);
		long establishment = this.establishments.establishment("Foyer restauré", organisation).id();
		long beneficiary = this.beneficiaries.beneficiary(establishment, "Restauré").create();

		List<String> tables;
		Map<String, String> before;
		try (Connection source = this.dataSource.getConnection()) {
			source.setAutoCommit(false);
			source.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			source.setReadOnly(true);
			tables = tables(source);
			dumpInto(source, tables);
			before = checksums(source, tables);
			source.commit();
		}

		String restored = "socle_restored_" + System.nanoTime();
		this.jdbc.execute("create database " + restored + " template template0 encoding 'UTF8'");
		String url = this.database.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + restored + "$1");
		try {
			org.flywaydb.core.Flyway.configure()
				.dataSource(url, this.database.getUsername(), this.database.getPassword())
				.locations("classpath:db/migration")
				.load()
				.migrate();
			try (Connection target = DriverManager.getConnection(url, this.database.getUsername(),
					this.database.getPassword())) {
				restore(target, tables);
				assertThat(checksums(target, tables)).isEqualTo(before);
			}
			try (ConfigurableApplicationContext socle = new SpringApplicationBuilder(SocleApplication.class)
				.profiles("test")
				.properties("spring.datasource.url=" + url, "spring.datasource.username=" + this.database.getUsername(),
						"spring.datasource.password=" + this.database.getPassword(), "server.port=0")
				.run()) {
				JdbcTemplate restoredJdbc = socle.getBean(JdbcTemplate.class);
				assertThat(restoredJdbc.queryForObject("select current_database()", String.class)).isEqualTo(restored);
				assertThat(socle.getBean(OrganisationService.class).namesByIds(List.of(organisation)))
					.containsEntry(organisation, "Association de sauvegarde");
				assertThat(restoredJdbc.queryForObject("select last_name from beneficiary where id = ?", String.class,
						beneficiary))
					.isEqualTo("Restauré");
				assertThat(restoredJdbc.queryForObject("select count(*) from app_user where username = ?",
						Integer.class, "t-backup-manager"))
					.isOne();
			}
		}
		finally {
			this.jdbc.execute("drop database if exists " + restored + " with (force)");
		}
	}

	/** Every table of the schema, the migration history included. */
	private static List<String> tables(Connection connection) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"select tablename from pg_tables where schemaname = current_schema() order by tablename")) {
			while (rows.next()) {
				tables.add(rows.getString(1));
			}
		}
		return tables;
	}

	private void dumpInto(Connection source, List<String> tables) throws SQLException, IOException {
		CopyManager copy = source.unwrap(PGConnection.class).getCopyAPI();
		for (String table : tables) {
			try (OutputStream out = Files.newOutputStream(this.dump.resolve(table + ".copy"))) {
				copy.copyOut("copy \"" + table + "\" to stdout (format binary)", out);
			}
		}
		StringBuilder sequences = new StringBuilder();
		try (Statement statement = source.createStatement();
				ResultSet rows = statement.executeQuery(
						"select schemaname || '.' || sequencename, last_value from pg_sequences where last_value is not null")) {
			while (rows.next()) {
				sequences.append(rows.getString(1)).append('=').append(rows.getLong(2)).append('\n');
			}
		}
		Files.writeString(this.dump.resolve("sequences"), sequences);
	}

	private void restore(Connection target, List<String> tables) throws SQLException, IOException {
		target.setAutoCommit(false);
		CopyManager copy = target.unwrap(PGConnection.class).getCopyAPI();
		try (Statement statement = target.createStatement()) {
			statement.execute("set session_replication_role = replica");
			statement.execute("truncate " + String.join(", ", tables.stream().map((t) -> '"' + t + '"').toList()));
			for (String table : tables) {
				try (InputStream in = Files.newInputStream(this.dump.resolve(table + ".copy"))) {
					copy.copyIn("copy \"" + table + "\" from stdin (format binary)", in);
				}
			}
			for (String line : Files.readAllLines(this.dump.resolve("sequences"))) {
				String[] sequence = line.split("=");
				statement.execute("select setval('" + sequence[0] + "', " + sequence[1] + ")");
			}
			statement.execute("set session_replication_role = origin");
		}
		target.commit();
	}

	/** Per table, its row count and a digest of its rows. */
	private static Map<String, String> checksums(Connection connection, List<String> tables) throws SQLException {
		Map<String, String> checksums = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement()) {
			for (String table : tables) {
				try (ResultSet row = statement
					.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(t::text, "
							+ "'|' order by t::text)), '') from \"" + table + "\" t")) {
					row.next();
					checksums.put(table, row.getString(1));
				}
			}
		}
		return checksums;
	}

}
