package org.socle.notification.inbox;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface NoticeRepository extends JpaRepository<StoredNotice, Long> {

	@Query(value = """
			select new org.socle.notification.inbox.NoticeRow(n.id, n.type, n.arguments, n.link, n.createdAt, n.readAt)
			from StoredNotice n where n.recipientId = :recipientId
			""", countQuery = "select count(n) from StoredNotice n where n.recipientId = :recipientId")
	Page<NoticeRow> findRows(long recipientId, Pageable pageable);

	/**
	 * The unread notices created after {@code after} up to {@code until} included, oldest
	 * first: a daily digest's content.
	 */
	@Query("""
			select new org.socle.notification.inbox.NoticeRow(n.id, n.type, n.arguments, n.link, n.createdAt, n.readAt)
			from StoredNotice n
			where n.recipientId = :recipientId and n.readAt is null and n.createdAt > :after and n.createdAt <= :until
			order by n.createdAt, n.id
			""")
	List<NoticeRow> findUnread(long recipientId, Instant after, Instant until, Limit limit);

	/** How many unread notices, counted up to {@code cap} (the bell shows "99+"). */
	@Query(nativeQuery = true, value = """
			SELECT count(*) FROM (SELECT 1 FROM notification
			                      WHERE recipient_id = :recipientId AND read_at IS NULL LIMIT :cap) AS unread
			""")
	long countUnread(long recipientId, int cap);

	@Modifying
	@Query("""
			update StoredNotice n set n.readAt = :at
			where n.id = :id and n.recipientId = :recipientId and n.readAt is null
			""")
	int markRead(long id, long recipientId, Instant at);

	@Modifying
	@Query("update StoredNotice n set n.readAt = :at where n.recipientId = :recipientId and n.readAt is null")
	int markAllRead(long recipientId, Instant at);

	boolean existsByIdAndRecipientId(long id, long recipientId);

}
