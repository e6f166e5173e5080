package org.socle.notification.mail;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A daily digest queued for a user: one per user and day, covering the notices created up
 * to {@code coveredUntil} (the next digest starts after it). Written only by
 * {@link DigestRepository#insert}.
 */
@Entity
@Immutable
@Table(name = "notification_digest")
public class DigestRecord {

	@Id
	private Long id;

	private long recipientId;

	private LocalDate digestDay;

	@Column(nullable = false)
	private Instant coveredUntil;

	private int notices;

	protected DigestRecord() {
	}

}
