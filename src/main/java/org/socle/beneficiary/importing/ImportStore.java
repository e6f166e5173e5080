package org.socle.beneficiary.importing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Uploaded import files between the preview and the confirmation, in memory only (they
 * hold personal data: never written to disk), for 30 minutes at most, 20 at a time, each
 * readable only by the user who uploaded it for the same establishment.
 */
@Component
class ImportStore {

	static final Duration TTL = Duration.ofMinutes(30);

	static final int MAX_UPLOADS = 20;

	private final Map<String, Upload> uploads = new ConcurrentHashMap<>();

	private final Clock clock;

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

		volatile ParsedImport parsed;

		Upload(long userId, long establishmentId, String filename, byte[] content, Instant at) {
			this.userId = userId;
			this.establishmentId = establishmentId;
			this.filename = filename;
			this.content = content;
			this.at = at;
		}

	}

	Upload put(long userId, long establishmentId, String filename, byte[] content) {
		Instant now = Instant.now(this.clock);
		this.uploads.values().removeIf(u -> u.at.plus(TTL).isBefore(now));
		while (this.uploads.size() >= MAX_UPLOADS) {
			this.uploads.values()
				.stream()
				.min(Comparator.comparing(u -> u.at))
				.ifPresent(oldest -> this.uploads.remove(oldest.token));
		}
		Upload upload = new Upload(userId, establishmentId, filename, content, now);
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
