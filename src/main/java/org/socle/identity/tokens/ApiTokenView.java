package org.socle.identity.tokens;

import java.time.Instant;
import java.time.LocalDate;

/** A token as its owner and admins see it: never the secret. */
public record ApiTokenView(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
		LocalDate lastUsedOn, Instant revokedAt, boolean active) {

	static ApiTokenView of(ApiToken token, Instant now) {
		return new ApiTokenView(token.getId(), token.getName(), token.getPrefix(), token.getCreatedAt(),
				token.getExpiresAt(), token.getLastUsedOn(), token.getRevokedAt(), token.isUsableAt(now));
	}

}
