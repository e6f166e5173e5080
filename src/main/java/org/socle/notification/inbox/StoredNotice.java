package org.socle.notification.inbox;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.socle.notification.NoticeType;

/**
 * A notice in its recipient's list. Written only by {@link NoticeRepository#insert} (one
 * per event key and recipient, whichever node or retry writes it), then only marked read:
 * system rows, without the who/when columns of what users edit.
 */
@Entity
@Table(name = "notification")
public class StoredNotice {

	@Id
	private Long id;

	@Column(nullable = false, updatable = false)
	private String eventKey;

	@Column(nullable = false, updatable = false)
	private long recipientId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private NoticeType type;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false, updatable = false, columnDefinition = "text[]")
	private List<String> arguments;

	@Column(updatable = false)
	private String link;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	private Instant readAt;

	protected StoredNotice() {
	}

	public Long getId() {
		return this.id;
	}

	public long getRecipientId() {
		return this.recipientId;
	}

	public Instant getReadAt() {
		return this.readAt;
	}

}
