package org.socle.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Makes a real streaming standby of a running primary with the same PostgreSQL binaries,
 * as {@code pg_basebackup -R} would (zonky's bundle has no {@code pg_basebackup}): a
 * physical replication slot, then PostgreSQL's low-level base backup
 * ({@code pg_backup_start}, a copy of the data directory without the WAL and the pid
 * files, {@code pg_backup_stop} whose label becomes {@code backup_label}), then
 * {@code standby.signal} and {@code primary_conninfo}. The standby replays the primary's
 * WAL for as long as both run; it refuses writes.
 */
final class StreamingStandby {

	static final String SLOT = "socle_standby";

	/**
	 * Copied empty: the standby gets its WAL by streaming, and has no slots of its own.
	 */
	private static final Set<String> EMPTIED = Set.of("pg_wal", "pg_replslot", "pg_stat_tmp");

	private static final Set<String> SKIPPED = Set.of("postmaster.pid", "postmaster.opts", "epg-lock");

	private StreamingStandby() {
	}

	static RestartablePostgres of(RestartablePostgres primary) {
		try {
			Path standby = Files.createDirectory(Files.createTempDirectory("socle-standby").resolve("pgdata"),
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
			try (Connection connection = primary.connect(); Statement statement = connection.createStatement()) {
				statement.execute("SELECT pg_create_physical_replication_slot('" + SLOT + "', true)");
				statement.execute("SELECT pg_backup_start('socle-standby', true)");
				copy(primary.dataDirectory(), standby);
				try (ResultSet stop = statement.executeQuery("SELECT labelfile FROM pg_backup_stop(false)")) {
					stop.next();
					Files.writeString(standby.resolve("backup_label"), stop.getString(1), StandardCharsets.UTF_8);
				}
			}
			Files.createFile(standby.resolve("standby.signal"));
			Files.writeString(standby.resolve("postgresql.auto.conf"), String.join("\n",
					"primary_conninfo = 'host=localhost port=" + primary.port() + " user=" + RestartablePostgres.USER
							+ " application_name=socle-standby'",
					"primary_slot_name = '" + SLOT + "'", ""), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
			return RestartablePostgres.startOn(standby);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not back up the primary", ex);
		}
	}

	/**
	 * A live copy: files may change or vanish meanwhile, which the WAL replay repairs.
	 */
	private static void copy(Path from, Path to) throws IOException {
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(from)) {
			paths = walk.toList();
		}
		for (Path path : paths) {
			Path relative = from.relativize(path);
			if (SKIPPED.contains(relative.toString())
					|| (relative.getNameCount() > 1 && EMPTIED.contains(relative.getName(0).toString())
							&& !relative.toString().equals("pg_wal/archive_status"))) {
				continue;
			}
			Path target = to.resolve(relative);
			if (Files.isDirectory(path)) {
				Files.createDirectories(target);
				continue;
			}
			try {
				Files.copy(path, target);
			}
			catch (NoSuchFileException vanished) {
				// dropped during the copy: the replay recreates what it needs
			}
		}
	}

}
