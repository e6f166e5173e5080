package org.socle.identity.login;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletException;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Spring Session's JDBC store, except that a session's last access time is written at
 * most once a {@link #STEP}, not on every request: a page that changes nothing in its
 * session then writes nothing to PostgreSQL (Spring Session would otherwise update the
 * row, with a commit, on every request).
 * <p>
 * The idle timeout stays a floor: every session is created with the timeout plus one
 * step, so the expiry stored in PostgreSQL, which the next request on any node and the
 * clean-up job read, is never earlier than the last request plus the timeout. A session
 * left idle ends between the timeout and the timeout plus one step after its last
 * request.
 * <p>
 * Within a request ({@link SessionReadScopeFilter}), a session is read once: Spring
 * Session commits the session when the response is committed (the page's writer is
 * flushed), which clears what it had read, and again when its filter ends, which then
 * read the row a second time only to learn the id the request came with.
 */
final class CoarseAccessTimeSessionRepository implements FindByIndexNameSessionRepository<Session>, DisposableBean {

	static final Duration STEP = Duration.ofMinutes(1);

	/** The session read for the current request, when a request is in progress. */
	private static final ThreadLocal<Session[]> READ_IN_REQUEST = new ThreadLocal<>();

	private final FindByIndexNameSessionRepository<Session> sessions;

	@SuppressWarnings("unchecked")
	CoarseAccessTimeSessionRepository(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = (FindByIndexNameSessionRepository<Session>) sessions;
	}

	@Override
	public Session createSession() {
		Session session = this.sessions.createSession();
		session.setMaxInactiveInterval(session.getMaxInactiveInterval().plus(STEP));
		return session;
	}

	@Override
	public void save(Session session) {
		this.sessions.save((session instanceof CoarseAccessTime coarse) ? coarse.session : session);
	}

	@Override
	public Session findById(String id) {
		Session[] read = READ_IN_REQUEST.get();
		if (read != null && read[0] != null && read[0].getId().equals(id)) {
			return read[0];
		}
		Session found = this.sessions.findById(id);
		Session session = (found != null) ? new CoarseAccessTime(found) : null;
		if (read != null) {
			read[0] = session;
		}
		return session;
	}

	@Override
	public void deleteById(String id) {
		Session[] read = READ_IN_REQUEST.get();
		if (read != null) {
			read[0] = null;
		}
		this.sessions.deleteById(id);
	}

	/**
	 * Runs a request, during which a session read is kept for the request's later lookups
	 * of the same id; nothing is kept beyond it.
	 */
	static void duringRequest(ServletAction request) throws IOException, ServletException {
		if (READ_IN_REQUEST.get() != null) {
			request.run();
			return;
		}
		READ_IN_REQUEST.set(new Session[1]);
		try {
			request.run();
		}
		finally {
			READ_IN_REQUEST.remove();
		}
	}

	@FunctionalInterface
	interface ServletAction {

		void run() throws IOException, ServletException;

	}

	@Override
	public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return this.sessions.findByIndexNameAndIndexValue(indexName, indexValue);
	}

	/** Stops the store's clean-up of expired sessions, as the store itself would. */
	@Override
	public void destroy() throws Exception {
		if (this.sessions instanceof DisposableBean store) {
			store.destroy();
		}
	}

	/** A stored session whose access time moves only when it is a step old. */
	private static final class CoarseAccessTime implements Session {

		private final Session session;

		CoarseAccessTime(Session session) {
			this.session = session;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (!lastAccessedTime.isBefore(this.session.getLastAccessedTime().plus(STEP))) {
				this.session.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public String getId() {
			return this.session.getId();
		}

		@Override
		public String changeSessionId() {
			return this.session.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.session.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.session.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.session.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.session.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.session.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.session.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.session.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.session.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.session.isExpired();
		}

	}

}
