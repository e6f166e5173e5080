package org.socle.identity.login;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.socle.identity.throttle.LoginThrottle;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Counts a failed login (wrong password, unknown or disabled account alike) and answers
 * "wrong username or password", or "locked" when this failure locked the account name or
 * the address.
 */
@Component
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

	private final LoginThrottle throttle;

	LoginFailureHandler(LoginThrottle throttle) {
		super("/login?error");
		this.throttle = throttle;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		if (this.throttle.recordFailure(request.getParameter("username"), request.getRemoteAddr())) {
			getRedirectStrategy().sendRedirect(request, response, LoginThrottleFilter.LOCKED_URL);
			return;
		}
		super.onAuthenticationFailure(request, response, exception);
	}

}
