package org.socle.beneficiary.importing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Uploaded import files between the preview and the confirmation, in memory only (they
 * hold personal data: never written to disk), for 30 minutes at most, each readable only
 * by the user who uploaded it for the same establishment.
 * <p>
 * Quotas keep one user from crowding out the others: a user's new upload replaces their
 * own oldest beyond {@value #MAX_PER_USER}, and when {@value #MAX_UPLOADS} uploads of
 * other users fill the store, a new one is refused ({@link StoreFullException}) rather
 * than evicting anybody else's pending preview.
 */
@Component
class ImportStore {

	static final Duration TTL = Duration.ofMinutes(30);

	static final int MAX_UPLOADS = 20;

	static final int MAX_PER_USER = 3;

	private final Map<String, Upload> uploads = new ConcurrentHashMap<>();

	private final Clock clock;

	/** Numbers the uploads in order: several may arrive within one clock tick. */
	private long uploaded;

	ImportStore(Clock clock) {
		this.clock = clock;
	}

	static final class Upload {

		final String token = UUID.randomUUID().toString();

		final long userId;

		final long establishmentId;

		final String filename;

		final byte[] content;

		final Instant at;

		final long sequence;

		volatile ParsedImport parsed;

		Upload(long userId, long establishmentId, String filename, byte[] content, Instant at, long sequence) {
			this.userId = userId;
			this.establishmentId = establishmentId;
			this.filename = filename;
			this.content = content;
			this.at = at;
			this.sequence = sequence;
		}

	}

	/**
	 * Too many pending uploads of other users: try again once some are confirmed or
	 * expire.
	 */
	static final class StoreFullException extends RuntimeException {

		StoreFullException() {
			super("Import store full");
		}

	}

	synchronized Upload put(long userId, long establishmentId, String filename, byte[] content) {
		Instant now = Instant.now(this.clock);
		this.uploads.values().removeIf(u -> u.at.plus(TTL).isBefore(now));
		List<Upload> mine = this.uploads.values()
			.stream()
			.filter(u -> u.userId == userId)
			.sorted(Comparator.comparingLong(u -> u.sequence))
			.toList();
		int over = mine.size() - MAX_PER_USER + 1;
		mine.stream().limit(Math.max(over, 0)).forEach(oldest -> this.uploads.remove(oldest.token));
		if (this.uploads.size() >= MAX_UPLOADS) {
			if (mine.isEmpty()) {
				throw new StoreFullException();
			}
			this.uploads.remove(mine.get(0).token);
		}
		Upload upload = new Upload(userId, establishmentId, filename, content, now, ++this.uploaded);
		this.uploads.put(upload.token, upload);
		return upload;
	}

	Optional<Upload> get(String token, long userId, long establishmentId) {
		Upload upload = this.uploads.get(token);
		if (upload == null || upload.userId != userId || upload.establishmentId != establishmentId
				|| upload.at.plus(TTL).isBefore(Instant.now(this.clock))) {
			return Optional.empty();
		}
		return Optional.of(upload);
	}

	void remove(String token) {
		this.uploads.remove(token);
	}

}
