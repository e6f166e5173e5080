package org.socle.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.util.FileSystemUtils;

/**
 * A PostgreSQL server of one test class (zonky's binaries, trust authentication), which
 * the test may stop and start again on the same port and data: the database faults and
 * the read replica are tested on servers of their own, never on the suite's shared one.
 */
final class RestartablePostgres implements AutoCloseable {

	static final String USER = "postgres";

	private final Path dataDirectory;

	private final int port;

	private EmbeddedPostgres server;

	private RestartablePostgres(Path dataDirectory, int port) {
		this.dataDirectory = dataDirectory;
		this.port = port;
	}

	/** A new server on a new data directory (initdb) and a free port. */
	static RestartablePostgres startNew(String name) {
		try {
			return startOn(Files.createTempDirectory("socle-" + name).resolve("pgdata"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A server on an existing data directory (a standby's, prepared by the caller). */
	static RestartablePostgres startOn(Path dataDirectory) {
		RestartablePostgres postgres = new RestartablePostgres(dataDirectory, freePort());
		postgres.start();
		return postgres;
	}

	void start() {
		try {
			this.server = EmbeddedPostgres.builder()
				.setDataDirectory(this.dataDirectory)
				.setCleanDataDirectory(false)
				.setPort(this.port)
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A fast shutdown: open transactions are rolled back, connections cut. zonky gives
	 * {@code pg_ctl stop} 5 s and goes on when that is not enough (a loaded machine, a
	 * standby to wait for): wait for the server to be gone.
	 */
	void stop() {
		try {
			this.server.close();
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (Files.exists(this.dataDirectory.resolve("postmaster.pid")) && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	Path dataDirectory() {
		return this.dataDirectory;
	}

	int port() {
		return this.port;
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.port + "/postgres";
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl(), USER, "");
	}

	@Override
	public void close() {
		stop();
		FileSystemUtils.deleteRecursively(this.dataDirectory.getParent().toFile());
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
