package org.socle.identity.login;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

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
 */
final class CoarseAccessTimeSessionRepository implements FindByIndexNameSessionRepository<Session>, DisposableBean {

	static final Duration STEP = Duration.ofMinutes(1);

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
		Session session = this.sessions.findById(id);
		return (session != null) ? new CoarseAccessTime(session) : null;
	}

	@Override
	public void deleteById(String id) {
		this.sessions.deleteById(id);
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
