package org.socle.beneficiary.importing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploaded import files between the preview and the confirmation, in PostgreSQL
 * ({@code import_preview}) so that any node serves the next step, for
 * {@code socle.import.preview-ttl} (30 minutes) at most, each readable only by the user
 * who uploaded it for the same establishment. Nothing is kept in memory: each step reads
 * the file again and parses it.
 * <p>
 * Quotas keep one user from crowding out the others: a user's new upload replaces their
 * own oldest beyond {@value #MAX_PER_USER}, and when {@code socle.import.max-pending}
 * uploads of other users fill the store, a new one is refused
 * ({@link StoreFullException}) rather than evicting anybody else's pending preview.
 */
@Component
class ImportStore {

	static final int MAX_PER_USER = 3;

	private static final Logger log = LoggerFactory.getLogger(ImportStore.class);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Duration ttl;

	private final int maxPending;

	ImportStore(JdbcTemplate jdbc, Clock clock, @Value("${socle.import.preview-ttl:30m}") Duration ttl,
			@Value("${socle.import.max-pending:100}") int maxPending) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.ttl = ttl;
		this.maxPending = maxPending;
	}

	/** An uploaded file waiting for its confirmation. */
	record Upload(String token, long userId, long establishmentId, String filename, byte[] content) {

	}

	/**
	 * Too many pending uploads of other users: try again once some are confirmed or
	 * expire.
	 */
	static final class StoreFullException extends RuntimeException {

		StoreFullException() {
			super("Import store full");
		}

	}

	/** Keeps the file; returns its token. */
	@Transactional
	String put(long userId, long establishmentId, String filename, byte[] content) {
		Timestamp now = Timestamp.from(Instant.now(this.clock));
		// one upload at a time across nodes, so that the quotas hold; reads go on
		this.jdbc.execute("LOCK TABLE import_preview IN SHARE ROW EXCLUSIVE MODE");
		this.jdbc.update("DELETE FROM import_preview WHERE expires_at <= ?", now);
		List<Long> mine = this.jdbc.queryForList("SELECT id FROM import_preview WHERE owner_id = ? ORDER BY id",
				Long.class, userId);
		int over = Math.max(mine.size() - MAX_PER_USER + 1, 0);
		int total = this.jdbc.queryForObject("SELECT count(*) FROM import_preview", Integer.class) - over;
		if (total >= this.maxPending) {
			if (mine.size() == over) {
				throw new StoreFullException();
			}
			over++;
		}
		mine.stream().limit(over).forEach(id -> this.jdbc.update("DELETE FROM import_preview WHERE id = ?", id));
		UUID token = UUID.randomUUID();
		this.jdbc.update(
				"""
						INSERT INTO import_preview (token, owner_id, establishment_id, filename, content, created_at, expires_at)
						VALUES (?, ?, ?, ?, ?, ?, ?)""",
				token, userId, establishmentId, filename, content, now, Timestamp.from(now.toInstant().plus(this.ttl)));
		return token.toString();
	}

	/** How many uploads of the user wait for their confirmation. */
	@Transactional(readOnly = true)
	int pendingOf(long userId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM import_preview WHERE owner_id = ? AND expires_at > ?",
				Integer.class, userId, Timestamp.from(Instant.now(this.clock)));
	}

	/** The user's upload for that establishment, unless expired. */
	@Transactional(readOnly = true)
	Optional<Upload> get(String token, long userId, long establishmentId) {
		return find(token, userId, establishmentId, "");
	}

	/**
	 * The upload, locked until the end of the caller's transaction: a second confirmation
	 * of the same upload, on any node, waits and then finds it gone.
	 */
	@Transactional
	Optional<Upload> lock(String token, long userId, long establishmentId) {
		return find(token, userId, establishmentId, " FOR UPDATE");
	}

	private Optional<Upload> find(String token, long userId, long establishmentId, String locking) {
		UUID id = uuid(token);
		if (id == null) {
			return Optional.empty();
		}
		return this.jdbc
			.query("""
					SELECT filename, content FROM import_preview
					WHERE token = ? AND owner_id = ? AND establishment_id = ? AND expires_at > ?""" + locking,
					(rs, n) -> new Upload(token, userId, establishmentId, rs.getString(1), rs.getBytes(2)), id, userId,
					establishmentId, Timestamp.from(Instant.now(this.clock)))
			.stream()
			.findFirst();
	}

	@Transactional
	void remove(String token) {
		UUID id = uuid(token);
		if (id != null) {
			this.jdbc.update("DELETE FROM import_preview WHERE token = ?", id);
		}
	}

	/**
	 * Deletes the expired uploads (they are refused anyway), on one node at a time and at
	 * most once a minute.
	 */
	@Scheduled(fixedDelayString = "${socle.import.cleanup-interval:PT5M}",
			initialDelayString = "${socle.import.cleanup-initial-delay:PT1M}")
	@SchedulerLock(name = "import-preview-cleanup", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
	void deleteExpired() {
		int deleted = this.jdbc.update("DELETE FROM import_preview WHERE expires_at <= ?",
				Timestamp.from(Instant.now(this.clock)));
		if (deleted > 0) {
			log.info("Deleted {} expired import previews", deleted);
		}
	}

	private static UUID uuid(String token) {
		try {
			return (token != null) ? UUID.fromString(token) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
