package org.socle.identity.tokens;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.socle.shared.AuditedEntity;

/**
 * A personal API token: its owner, its name, the first characters of the secret (to
 * recognise it) and the SHA-256 of the secret, never the secret itself.
 */
@Entity
@Table(name = "api_token")
class ApiToken extends AuditedEntity {

	@Column(nullable = false, updatable = false)
	private long userId;

	@Column(nullable = false, updatable = false)
	private String name;

	@Column(name = "token_prefix", nullable = false, updatable = false)
	private String prefix;

	@Column(name = "token_hash", nullable = false, updatable = false)
	private String hash;

	@Column(nullable = false, updatable = false)
	private Instant expiresAt;

	private LocalDate lastUsedOn;

	private Instant revokedAt;

	private String revokedBy;

	protected ApiToken() {
	}

	ApiToken(long userId, String name, String prefix, String hash, Instant expiresAt) {
		this.userId = userId;
		this.name = name;
		this.prefix = prefix;
		this.hash = hash;
		this.expiresAt = expiresAt;
	}

	boolean isUsableAt(Instant now) {
		return this.revokedAt == null && now.isBefore(this.expiresAt);
	}

	void revoke(Instant at, String by) {
		if (this.revokedAt == null) {
			this.revokedAt = at;
			this.revokedBy = by;
		}
	}

	long getUserId() {
		return this.userId;
	}

	String getName() {
		return this.name;
	}

	String getPrefix() {
		return this.prefix;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

	LocalDate getLastUsedOn() {
		return this.lastUsedOn;
	}

	Instant getRevokedAt() {
		return this.revokedAt;
	}

}
