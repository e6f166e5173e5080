package org.socle.identity.mfa;

import java.io.Serializable;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.socle.identity.SocleUser;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;

/**
 * A login whose password was right and whose second factor is still to come. Until then
 * the session holds no security context: the user is anonymous everywhere (every page but
 * the second step sends them back to the login page), so no route can be reached with the
 * password alone.
 */
public final class PendingLogin implements Serializable {

	private static final long serialVersionUID = 1L;

	static final String ATTRIBUTE = PendingLogin.class.getName();

	static final int MAX_CODES = 5;

	private final Authentication authentication;

	private final SecondFactor.Step step;

	private int wrongCodes;

	private String enrolmentSecret;

	private PendingLogin(Authentication authentication, SecondFactor.Step step) {
		this.authentication = authentication;
		this.step = step;
	}

	/** Takes the just-made login back out of the session until the second step. */
	public static void hold(HttpServletRequest request, Authentication authentication, SecondFactor.Step step) {
		HttpSession session = request.getSession();
		session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		request.removeAttribute(RequestAttributeSecurityContextRepository.DEFAULT_REQUEST_ATTR_NAME);
		SecurityContextHolder.clearContext();
		// indexed by user name already, so that an admin's change to the account ends it
		// too
		session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, authentication.getName());
		new PendingLogin(authentication, step).store(request);
	}

	/**
	 * Sessions live in PostgreSQL and save only the attributes that were set: every
	 * change is set again.
	 */
	private void store(HttpServletRequest request) {
		request.getSession().setAttribute(ATTRIBUTE, this);
	}

	static PendingLogin of(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return (session != null && session.getAttribute(ATTRIBUTE) instanceof PendingLogin pending) ? pending : null;
	}

	SocleUser user() {
		return (SocleUser) this.authentication.getPrincipal();
	}

	SecondFactor.Step step() {
		return this.step;
	}

	String enrolmentSecret(HttpServletRequest request, Totp totp) {
		if (this.enrolmentSecret == null) {
			this.enrolmentSecret = totp.newSecret();
			store(request);
		}
		return this.enrolmentSecret;
	}

	/** Counts a wrong code; true when the login is abandoned (too many). */
	boolean wrongCode(HttpServletRequest request) {
		if (++this.wrongCodes < MAX_CODES) {
			store(request);
			return false;
		}
		request.getSession().removeAttribute(ATTRIBUTE);
		return true;
	}

	/** Logs the user in: a new session id, the security context saved in the session. */
	void complete(HttpServletRequest request, HttpServletResponse response) {
		request.getSession().removeAttribute(ATTRIBUTE);
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(this.authentication);
		SecurityContextHolder.setContext(context);
		SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
		repository.saveContext(context, request, response);
	}

}
