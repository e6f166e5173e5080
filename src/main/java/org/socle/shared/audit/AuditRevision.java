package org.socle.shared.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One revision of the audit trail (Hibernate Envers): every transaction that changes an
 * {@code @Audited} entity writes one, with who and when. Modules read it through Envers'
 * {@code AuditReader} to show the history of their records.
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private Long id;

	@RevisionTimestamp
	@Column(nullable = false)
	private Instant revisedAt;

	@Column(nullable = false)
	private String username;

	public Long getId() {
		return this.id;
	}

	public Instant getRevisedAt() {
		return this.revisedAt;
	}

	public String getUsername() {
		return this.username;
	}

	void setUsername(String username) {
		this.username = username;
	}

}
