package org.socle.identity.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.socle.identity.SocleUser;
import org.socle.identity.securitylog.SecurityEventKind;
import org.socle.identity.securitylog.SecurityLog;
import org.socle.identity.users.UserRepository;
import org.socle.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: created by a user for themselves (the secret is returned once),
 * listed and revoked by their owner or an admin, and checked on every API call.
 * <p>
 * A token is {@value #MARKER} followed by 32 random bytes in base64url: with 256 bits of
 * entropy nobody can guess one, so an unsalted SHA-256 is enough to store it (a slow
 * password hash protects low-entropy secrets, which these are not) and lets the lookup be
 * a plain index search on the hash.
 */
@Service
@Transactional
public class ApiTokens {

	static final String MARKER = "socle_";

	static final int MAX_ACTIVE_PER_USER = 10;

	private static final int PREFIX_LENGTH = 8;

	private final SecureRandom random = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final UserRepository users;

	private final SecurityLog securityLog;

	private final Clock clock;

	ApiTokens(ApiTokenRepository tokens, UserRepository users, SecurityLog securityLog, Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.securityLog = securityLog;
		this.clock = clock;
	}

	/** A new token of the current user; the only time its secret is seen. */
	CreatedToken create(String name, TokenLifetime lifetime) {
		SocleUser user = SocleUser.current();
		Instant now = this.clock.instant();
		if (this.tokens.countByUserIdAndRevokedAtIsNullAndExpiresAtAfter(user.id(), now) >= MAX_ACTIVE_PER_USER) {
			throw new TooManyTokensException();
		}
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String random = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		String secret = MARKER + random;
		ApiToken token = this.tokens.save(new ApiToken(user.id(), name, random.substring(0, PREFIX_LENGTH),
				hash(secret), now.plus(lifetime.duration())));
		this.securityLog.record(SecurityEventKind.API_TOKEN_CREATED, user.getUsername(), null, null, describe(token));
		return new CreatedToken(token.getId(), secret);
	}

	@Transactional(readOnly = true)
	List<ApiTokenView> mine() {
		return of(SocleUser.current().id());
	}

	/** Another user's token is not found (404), as if it did not exist. */
	void revokeMine(long tokenId) {
		SocleUser user = SocleUser.current();
		revoke(this.tokens.findByIdAndUserId(tokenId, user.id())
			.orElseThrow(() -> new NotFoundException("ApiToken", tokenId)), user.getUsername());
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public List<ApiTokenView> ofUser(long userId) {
		return of(userId);
	}

	@PreAuthorize("hasRole('ADMIN')")
	void revokeOfUser(long userId, long tokenId) {
		revoke(this.tokens.findByIdAndUserId(tokenId, userId)
			.orElseThrow(() -> new NotFoundException("ApiToken", tokenId)), ownerName(userId));
	}

	/**
	 * The user a secret authenticates, acting through that token: empty when the token is
	 * unknown, expired or revoked, or its owner's account is disabled. Records the day of
	 * use (one write a day at most).
	 */
	Optional<TokenUser> authenticate(String secret) {
		Instant now = this.clock.instant();
		return this.tokens.findByHash(hash(secret))
			.filter((token) -> token.isUsableAt(now))
			.flatMap((token) -> this.users.findById(token.getUserId())
				.map((user) -> user.toSocleUser())
				.filter(SocleUser::isEnabled)
				.map((user) -> {
					LocalDate today = LocalDate.now(this.clock);
					if (!today.equals(token.getLastUsedOn())) {
						this.tokens.markUsed(token.getId(), today);
					}
					return new TokenUser(token.getId(), user.viaApiToken(token.getName()));
				}));
	}

	private List<ApiTokenView> of(long userId) {
		Instant now = this.clock.instant();
		return this.tokens.findByUserIdOrderByCreatedAtDescIdDesc(userId)
			.stream()
			.map((token) -> ApiTokenView.of(token, now))
			.toList();
	}

	private void revoke(ApiToken token, String owner) {
		if (token.getRevokedAt() != null) {
			return;
		}
		String actor = SocleUser.current().getUsername();
		token.revoke(this.clock.instant(), actor);
		this.securityLog.record(SecurityEventKind.API_TOKEN_REVOKED, owner, owner.equals(actor) ? null : actor, null,
				describe(token));
	}

	private String ownerName(long userId) {
		return this.users.findById(userId)
			.map((user) -> user.toSocleUser().getUsername())
			.orElseThrow(() -> new NotFoundException("User", userId));
	}

	private static String describe(ApiToken token) {
		return token.getName() + " (" + token.getPrefix() + "…)";
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/** A token just created: its id and its secret, to show once. */
	record CreatedToken(long id, String secret) {
	}

	/** The token a request came with and its owner acting through it. */
	record TokenUser(long tokenId, SocleUser user) {
	}

	/** The user already has {@value #MAX_ACTIVE_PER_USER} tokens that work. */
	static class TooManyTokensException extends RuntimeException {

		TooManyTokensException() {
			super("Too many active API tokens");
		}

	}

}
