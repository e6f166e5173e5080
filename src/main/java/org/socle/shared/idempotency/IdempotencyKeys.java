package org.socle.shared.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a request at most once per caller and {@code Idempotency-Key}: the first time it
 * runs and its response is stored in the same transaction (so a failed request stores
 * nothing and may be retried with the same key); afterwards the same body gets the stored
 * response again and runs nothing, another body is refused. Two requests racing with one
 * key: the second fails on the unique key and rolls back (409). Shared by the API's bulk
 * upload (a key per upload) and the offline service entry's sync (a key per record).
 */
@Service
@Transactional
public class IdempotencyKeys {

	/** The longest key accepted. */
	public static final int MAX_KEY_LENGTH = 255;

	private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);

	private final IdempotentRequestRepository requests;

	private final Clock clock;

	private final Duration retention;

	IdempotencyKeys(IdempotentRequestRepository requests, Clock clock,
			@Value("${socle.api.idempotency-retention:P7D}") Duration retention) {
		this.requests = requests;
		this.clock = clock;
		this.retention = retention;
	}

	/** How long a key is kept at least ({@code socle.api.idempotency-retention}). */
	public Duration retention() {
		return this.retention;
	}

	/**
	 * @param request a canonical form of what was asked (path and parsed body), hashed
	 * @param run the request, run only the first time
	 * @return the response, {@link StoredResponse#replayed() replayed} when stored before
	 * @throws KeyReused when the key was used with another request
	 */
	public StoredResponse once(String key, String request, Supplier<StoredResponse> run) {
		String username = SecurityContextHolder.getContext().getAuthentication().getName();
		String hash = sha256(request);
		Optional<IdempotentRequest> stored = this.requests.findByUsernameAndIdempotencyKey(username, key);
		if (stored.isPresent()) {
			if (!stored.get().getRequestHash().equals(hash)) {
				throw new KeyReused();
			}
			return new StoredResponse(stored.get().getResponseStatus(), stored.get().getResponseBody(), true);
		}
		StoredResponse response = run.get();
		this.requests.saveAndFlush(new IdempotentRequest(key, username, hash, response.status(), response.body()));
		return response;
	}

	/**
	 * Forgets keys older than the retention (a week by default): a client retries within
	 * minutes or hours, never weeks later.
	 */
	@Scheduled(cron = "${socle.api.idempotency-cleanup:0 30 3 * * *}", zone = "Africa/Casablanca")
	@SchedulerLock(name = "api-idempotency-cleanup", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
	public void forgetOldKeys() {
		int deleted = this.requests.deleteCreatedBefore(Instant.now(this.clock).minus(this.retention));
		if (deleted > 0) {
			log.info("Forgot {} idempotency keys older than {}", deleted, this.retention);
		}
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 unavailable", ex);
		}
	}

	/**
	 * @param body JSON
	 * @param replayed whether it was stored by an earlier request with the same key
	 */
	public record StoredResponse(int status, String body, boolean replayed) {
	}

	/** The key was used before with another request. */
	public static class KeyReused extends RuntimeException {

		KeyReused() {
			super("Idempotency key reused with another request");
		}

	}

}
