package org.socle.identity.securitylog;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.socle.shared.AuditedEntity;

/** One line of the security log; never changed (the database refuses it too). */
@Entity
@Immutable
@Table(name = "security_event")
public class SecurityEvent extends AuditedEntity {

	@Column(nullable = false, updatable = false)
	private Instant occurredAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private SecurityEventKind kind;

	@Column(nullable = false, updatable = false)
	private String username;

	@Column(updatable = false)
	private String actor;

	@Column(updatable = false)
	private String address;

	@Column(updatable = false)
	private String detail;

	protected SecurityEvent() {
	}

	SecurityEvent(Instant occurredAt, SecurityEventKind kind, String username, String actor, String address,
			String detail) {
		this.occurredAt = occurredAt;
		this.kind = kind;
		this.username = username;
		this.actor = actor;
		this.address = address;
		this.detail = detail;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public SecurityEventKind getKind() {
		return this.kind;
	}

	public String getUsername() {
		return this.username;
	}

	public String getActor() {
		return this.actor;
	}

	public String getAddress() {
		return this.address;
	}

	public String getDetail() {
		return this.detail;
	}

}
