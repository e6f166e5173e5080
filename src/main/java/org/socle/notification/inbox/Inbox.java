package org.socle.notification.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import org.socle.identity.SocleUser;
import org.socle.notification.Notice;
import org.socle.shared.NotFoundException;
import org.socle.shared.jdbc.SqlArrays;
import org.socle.shared.web.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's notices: stored once per event key and recipient, listed newest first,
 * marked read. A user only ever reaches their own: another's notice is "not found".
 */
@Service
public class Inbox {

	static final int PAGE_SIZE = 20;

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

	private final NoticeRepository notices;

	private final NoticeTexts texts;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Inbox(NoticeRepository notices, NoticeTexts texts, JdbcTemplate jdbc, Clock clock) {
		this.notices = notices;
		this.texts = texts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Stores the notice in the caller's transaction; returns false when its recipient
	 * already had one with that event key (nothing changed).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean store(Notice notice) {
		return this.jdbc.update("""
				INSERT INTO notification (event_key, recipient_id, type, arguments, link, created_at)
				VALUES (?, ?, ?, ?, ?, ?)
				ON CONFLICT (event_key, recipient_id) DO NOTHING
				""", notice.eventKey(), notice.recipientId(), notice.type().name(),
				SqlArrays.of("text", notice.arguments().toArray()), notice.link(),
				Timestamp.from(this.clock.instant())) == 1;
	}

	@Transactional(readOnly = true)
	Page<NoticeView> page(Pageable pageable, Locale locale) {
		Pageable safe = Paging.safe(pageable, Paging.MAX_PAGE_SIZE, Set.of(), NEWEST_FIRST);
		return this.notices.findRows(SocleUser.current().id(), safe)
			.map((row) -> new NoticeView(row.id(), this.texts.title(row.type(), row.arguments(), locale),
					this.texts.text(row.type(), row.arguments(), locale), NoticeTexts.appPath(row.link()),
					row.createdAt(), row.unread()));
	}

	/** Marks the user's own notice read; another's (or none) is not found. */
	@Transactional
	void markRead(long id) {
		long user = SocleUser.current().id();
		if (this.notices.markRead(id, user, now()) == 0 && !this.notices.existsByIdAndRecipientId(id, user)) {
			throw new NotFoundException("Notice", id);
		}
	}

	@Transactional
	int markAllRead() {
		return this.notices.markAllRead(SocleUser.current().id(), now());
	}

	private Instant now() {
		return this.clock.instant();
	}

}
