package org.socle.notification.mail;

import java.time.Clock;
import java.util.Set;

import org.socle.shared.NotFoundException;
import org.socle.shared.web.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as admins see it: every message, newest first, and sending a failed one
 * again.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
class OutboxAdmin {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

	private final OutboxRepository outbox;

	private final Clock clock;

	OutboxAdmin(OutboxRepository outbox, Clock clock) {
		this.outbox = outbox;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Page<OutboxRow> find(OutboxStatus status, Pageable pageable) {
		return this.outbox.findRows(status, Paging.safe(pageable, Paging.MAX_PAGE_SIZE, Set.of(), NEWEST_FIRST));
	}

	/** Puts a FAILED message back in the queue; false when it was not FAILED. */
	@Transactional
	boolean resend(long id) {
		return this.outbox.findById(id)
			.orElseThrow(() -> new NotFoundException("E-mail", id))
			.resend(this.clock.instant());
	}

}
