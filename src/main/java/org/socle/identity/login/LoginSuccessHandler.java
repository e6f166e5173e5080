package org.socle.identity.login;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.socle.identity.SocleUser;
import org.socle.identity.users.UserRepository;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the last-login time, then goes where the user was heading (or home).
 */
@Component
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final UserRepository users;

	private final TransactionTemplate transaction;

	private final Clock clock;

	LoginSuccessHandler(UserRepository users, TransactionTemplate transaction, Clock clock) {
		this.users = users;
		this.transaction = transaction;
		this.clock = clock;
		setDefaultTargetUrl("/");
		setAlwaysUseDefaultTargetUrl(false);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof SocleUser user) {
			this.transaction.executeWithoutResult((status) -> this.users.recordLogin(user.id(), this.clock.instant()));
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
