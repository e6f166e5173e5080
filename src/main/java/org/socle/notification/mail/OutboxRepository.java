package org.socle.notification.mail;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

	/**
	 * Locks the next message due, skipping those another node holds: two nodes never send
	 * the same message.
	 */
	@Query(nativeQuery = true, value = """
			SELECT id FROM email_outbox
			WHERE status = 'PENDING' AND next_attempt_at <= :now
			ORDER BY next_attempt_at, id
			LIMIT 1
			FOR UPDATE SKIP LOCKED
			""")
	Optional<Long> claimNextDue(Instant now);

	@Query(value = """
			select new org.socle.notification.mail.OutboxRow(m.id, m.toAddress, m.subject, m.status, m.attempts,
			       m.nextAttemptAt, m.lastError, m.createdAt, m.sentAt)
			from OutboxMessage m where (:status is null or m.status = :status)
			""", countQuery = "select count(m) from OutboxMessage m where (:status is null or m.status = :status)")
	Page<OutboxRow> findRows(OutboxStatus status, Pageable pageable);

}
