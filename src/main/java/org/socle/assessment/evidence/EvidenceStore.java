package org.socle.assessment.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Evidence files on disk, under {@code ${socle.data-dir}/files/assessments}: each file
 * gets a random name (never the user's), its type is read from its content, its size is
 * limited, its SHA-256 is kept. Files are written to a temporary name first and moved in
 * place once complete.
 */
@Component
class EvidenceStore {

	private final Path root;

	private final DataSize maxSize;

	EvidenceStore(@Value("${socle.evidence.dir:${socle.data-dir:./data}/files}") Path root,
			@Value("${socle.evidence.max-size:5MB}") DataSize maxSize) {
		this.root = root.toAbsolutePath().normalize();
		this.maxSize = maxSize;
	}

	DataSize maxSize() {
		return this.maxSize;
	}

	/**
	 * Stores a file for an assessment.
	 * @throws Rejected when it is empty, too large or not a PDF, JPEG or PNG
	 */
	Stored store(long assessmentId, InputStream content) throws Rejected {
		String key = "assessments/" + assessmentId + "/" + UUID.randomUUID();
		Path target = resolve(key);
		Path temporary = target.resolveSibling(target.getFileName() + ".part");
		try {
			Files.createDirectories(target.getParent());
			byte[] header = new byte[EvidenceType.HEADER_LENGTH];
			int headerLength = content.readNBytes(header, 0, header.length);
			if (headerLength == 0) {
				throw new Rejected(Rejected.Reason.EMPTY);
			}
			EvidenceType type = EvidenceType.detect(header, headerLength)
				.orElseThrow(() -> new Rejected(Rejected.Reason.TYPE));
			MessageDigest digest = sha256();
			long size;
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), digest)) {
				out.write(header, 0, headerLength);
				size = headerLength + copyAtMost(content, out, this.maxSize.toBytes() - headerLength);
			}
			if (size > this.maxSize.toBytes()) {
				Files.deleteIfExists(temporary);
				throw new Rejected(Rejected.Reason.TOO_LARGE);
			}
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			return new Stored(key, type, size, HexFormat.of().formatHex(digest.digest()));
		}
		catch (IOException ex) {
			deleteQuietly(temporary);
			throw new UncheckedIOException(ex);
		}
		catch (Rejected ex) {
			deleteQuietly(temporary);
			throw ex;
		}
	}

	/** The stored file, if it is still there. */
	Optional<Resource> open(String key) {
		Path path = resolve(key);
		return Files.isRegularFile(path) ? Optional.of(new FileSystemResource(path)) : Optional.empty();
	}

	void delete(String key) {
		deleteQuietly(resolve(key));
	}

	/** Copies up to {@code limit + 1} bytes, so that the caller sees an overflow. */
	private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
		byte[] buffer = new byte[8192];
		long copied = 0;
		int read;
		while (copied <= limit && (read = in.read(buffer)) != -1) {
			out.write(buffer, 0, read);
			copied += read;
		}
		return copied;
	}

	private Path resolve(String key) {
		Path path = this.root.resolve(key).normalize();
		if (!path.startsWith(this.root)) {
			throw new IllegalArgumentException("Storage key outside the files directory: " + key);
		}
		return path;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			// a leftover file is harmless: it is named randomly and never served
		}
	}

	/** A file safely stored: where, what, how big, its SHA-256 in hex. */
	record Stored(String key, EvidenceType type, long size, String sha256) {

	}

	/**
	 * Why a file was refused; the message key is {@code assessment.evidence.<reason>}.
	 */
	static final class Rejected extends Exception {

		enum Reason {

			EMPTY, TOO_LARGE, TYPE, TOO_MANY

		}

		private final Reason reason;

		Rejected(Reason reason) {
			super("Evidence file rejected: " + reason);
			this.reason = reason;
		}

		Reason reason() {
			return this.reason;
		}

	}

}
