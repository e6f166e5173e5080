package org.socle.identity.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.web.util.WebUtils;

/**
 * Keeps the CSRF token in the session when there is one (every logged-in user), and in an
 * {@code HttpOnly}, {@code SameSite=Strict} cookie otherwise, so that showing the login
 * page to an anonymous visitor creates no session: no row written to PostgreSQL, no
 * session lookup, for the page every visitor and every health-checking robot opens. The
 * login form then carries the token of the cookie (double submit, which also works when
 * the form is posted to another node); logging in clears that cookie and the session gets
 * its own token.
 */
final class SessionOrCookieCsrfTokenRepository implements CsrfTokenRepository {

	static final String COOKIE = "socle-csrf";

	private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();

	private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

	SessionOrCookieCsrfTokenRepository() {
		this.cookie.setCookieName(COOKIE);
		// the session repository's header name, which the page gives to socle.js
		this.cookie.setHeaderName("X-CSRF-TOKEN");
		this.cookie.setCookieCustomizer((cookie) -> cookie.sameSite("Strict"));
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return this.session.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		boolean hasSession = request.getSession(false) != null;
		if (token == null) {
			if (hasSession) {
				this.session.saveToken(null, request, response);
			}
			if (hasCookie(request)) {
				this.cookie.saveToken(null, request, response);
			}
		}
		else if (hasSession) {
			this.session.saveToken(token, request, response);
		}
		else {
			this.cookie.saveToken(token, request, response);
		}
	}

	/**
	 * The session's token, else the cookie's: the login form's token is still accepted
	 * when a session began in between (another tab opened a protected page), and logging
	 * in finds it, so clears it.
	 */
	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		CsrfToken token = (request.getSession(false) != null) ? this.session.loadToken(request) : null;
		return (token != null) ? token : this.cookie.loadToken(request);
	}

	private static boolean hasCookie(HttpServletRequest request) {
		return WebUtils.getCookie(request, COOKIE) != null;
	}

}
