package org.socle.identity.login;

import java.util.Date;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The sessions of {@code SpringSessionBackedSessionRegistry}, except for the question
 * Spring Security's {@code ConcurrentSessionFilter} asks on every logged-in request, "has
 * this session been ended?": that one is answered from the session the request has
 * already read from PostgreSQL (Spring Session's filter runs first), instead of reading
 * the same row a second time. An admin who ends a user's sessions, on any node, marks
 * each of them in PostgreSQL ({@code SpringSessionBackedSessionInformation.expireNow}),
 * so the mark is in the session as read for this request.
 */
final class LoadedSessionRegistry implements SessionRegistry {

	/**
	 * The mark {@code SpringSessionBackedSessionInformation} puts on an ended session.
	 */
	static final String ENDED = "org.springframework.session.security.SpringSessionBackedSessionInformation.EXPIRED";

	private static final String LOADED_SESSION = SessionRepositoryFilter.SESSION_REPOSITORY_ATTR + ".CURRENT_SESSION";

	private final SessionRegistry sessions;

	LoadedSessionRegistry(SessionRegistry sessions) {
		this.sessions = sessions;
	}

	@Override
	public SessionInformation getSessionInformation(String sessionId) {
		HttpSession loaded = currentSession();
		if (loaded == null || !loaded.getId().equals(sessionId)) {
			return this.sessions.getSessionInformation(sessionId);
		}
		SessionInformation information = new SessionInformation(principalName(loaded), sessionId,
				new Date(loaded.getLastAccessedTime()));
		if (Boolean.TRUE.equals(loaded.getAttribute(ENDED))) {
			information.expireNow();
		}
		return information;
	}

	/**
	 * The session Spring Session's filter has loaded for this request, which it keeps in
	 * a request attribute: found whether the request held here is its wrapper or the one
	 * it wraps.
	 */
	private static HttpSession currentSession() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return null;
		}
		HttpServletRequest request = attributes.getRequest();
		return (request.getAttribute(LOADED_SESSION) instanceof HttpSession loaded) ? loaded
				: request.getSession(false);
	}

	private static String principalName(HttpSession session) {
		Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		return (context instanceof SecurityContext security && security.getAuthentication() != null)
				? security.getAuthentication().getName() : "";
	}

	@Override
	public List<Object> getAllPrincipals() {
		return this.sessions.getAllPrincipals();
	}

	@Override
	public List<SessionInformation> getAllSessions(Object principal, boolean includeExpiredSessions) {
		return this.sessions.getAllSessions(principal, includeExpiredSessions);
	}

	@Override
	public void refreshLastRequest(String sessionId) {
		this.sessions.refreshLastRequest(sessionId);
	}

	@Override
	public void registerNewSession(String sessionId, Object principal) {
		this.sessions.registerNewSession(sessionId, principal);
	}

	@Override
	public void removeSessionInformation(String sessionId) {
		this.sessions.removeSessionInformation(sessionId);
	}

}
