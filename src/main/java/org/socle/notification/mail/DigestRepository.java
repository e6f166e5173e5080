package org.socle.notification.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface DigestRepository extends JpaRepository<DigestRecord, Long> {

	/** Where the user's previous digest stopped; empty before their first. */
	@Query("select max(d.coveredUntil) from DigestRecord d where d.recipientId = :recipientId")
	Optional<Instant> lastCoveredUntil(long recipientId);

	/**
	 * Records the user's digest of the day; returns 0 when it already exists (another
	 * node, or an earlier run the same day), and then nothing must be queued.
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			INSERT INTO notification_digest (recipient_id, digest_day, covered_until, notices)
			VALUES (:recipientId, :day, :coveredUntil, :notices)
			ON CONFLICT (recipient_id, digest_day) DO NOTHING
			""")
	int insert(long recipientId, LocalDate day, Instant coveredUntil, int notices);

}
