package org.socle.identity.securitylog;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.socle.shared.web.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security log: logins, failures, lock-outs and account changes, for admins. An
 * account change and its line commit together (the caller's transaction); login events
 * happen outside any transaction and get their own.
 */
@Service
public class SecurityLog {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

	private final SecurityEventRepository events;

	private final Clock clock;

	SecurityLog(SecurityEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @param username the account concerned (as typed, for a failed login)
	 * @param actor who acted on it, or null when the account itself
	 * @param address the client's address, or null
	 */
	@Transactional
	public void record(SecurityEventKind kind, String username, String actor, String address, String detail) {
		String account = Objects.requireNonNullElse(username, "").strip().toLowerCase(Locale.ROOT);
		this.events.save(new SecurityEvent(this.clock.instant(), kind, truncate(account, 100), actor,
				truncate(address, 45), truncate(detail, 200)));
	}

	/** Newest first, filtered by account (exact, case-insensitive) and kind. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public Page<SecurityEvent> find(String username, SecurityEventKind kind, Pageable pageable) {
		String account = Objects.requireNonNullElse(username, "").strip().toLowerCase(Locale.ROOT);
		return this.events.find(account, kind, Paging.safe(pageable, Paging.MAX_PAGE_SIZE, Set.of(), NEWEST_FIRST));
	}

	private static String truncate(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max);
	}

}
