package org.socle.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password of the embedded server's superuser: 256 random bits, generated on first
 * start and kept in a file of the data directory that only its owner may read or write
 * (POSIX mode 600, set when the file is created, and restored if someone widened it).
 */
final class EmbeddedPostgresPassword {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresPassword.class);

	static final String FILE_NAME = "postgres.password";

	static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private static final SecureRandom RANDOM = new SecureRandom();

	private EmbeddedPostgresPassword() {
	}

	/** The password kept in {@code file}, created with a new random one if missing. */
	static String readOrCreate(Path file) throws IOException {
		if (!Files.exists(file)) {
			try {
				return create(file);
			}
			catch (FileAlreadyExistsException ex) {
				// created by another process meanwhile: read it
			}
		}
		restrictToOwner(file);
		String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
		if (password.isEmpty()) {
			throw new IllegalStateException(file + " is empty: restore it from a backup (docs/security.md)");
		}
		return password;
	}

	private static String create(Path file) throws IOException {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Files.createDirectories(file.getParent());
		if (isPosix(file)) {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
		}
		else {
			Files.createFile(file);
			log.warn("{} cannot be restricted to its owner on this file system: restrict it yourself", file);
		}
		Files.writeString(file, password + "\n", StandardCharsets.US_ASCII);
		log.info("Generated the password of the embedded PostgreSQL in {} (readable by its owner only)", file);
		return password;
	}

	private static void restrictToOwner(Path file) throws IOException {
		if (isPosix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
			log.warn("{} was readable by others: restricted to its owner again", file);
			Files.setPosixFilePermissions(file, OWNER_ONLY);
		}
	}

	private static boolean isPosix(Path file) {
		return file.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

}
