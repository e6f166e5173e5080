package org.socle.api.v1.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

import org.socle.identity.SocleUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a request at most once per caller and {@code Idempotency-Key}: the first time it
 * runs and its response is stored in the same transaction (so a failed request stores
 * nothing and may be retried with the same key); afterwards the same body gets the stored
 * response again and runs nothing, another body is refused. Two requests racing with one
 * key: the second fails on the unique key and rolls back (409).
 */
@Service
@Transactional
public class IdempotencyKeys {

	/** The longest key accepted. */
	public static final int MAX_KEY_LENGTH = 255;

	private final IdempotentRequestRepository requests;

	IdempotencyKeys(IdempotentRequestRepository requests) {
		this.requests = requests;
	}

	/**
	 * @param request a canonical form of what was asked (path and parsed body), hashed
	 * @param run the request, run only the first time
	 * @return the response, {@link StoredResponse#replayed() replayed} when stored before
	 * @throws KeyReused when the key was used with another request
	 */
	public StoredResponse once(String key, String request, Supplier<StoredResponse> run) {
		String username = SocleUser.current().getUsername();
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
