package org.socle.identity.securitylog;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Logs Spring Security's authentication events: every login and every failed one (wrong
 * password, unknown or disabled account: the log says which, the login page never does).
 */
@Component
class SecurityLogListener {

	private final SecurityLog log;

	SecurityLogListener(SecurityLog log) {
		this.log = log;
	}

	@EventListener
	void loggedIn(AuthenticationSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		this.log.record(SecurityEventKind.LOGIN_SUCCEEDED, authentication.getName(), null, address(authentication),
				null);
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		Authentication authentication = event.getAuthentication();
		this.log.record(SecurityEventKind.LOGIN_FAILED, authentication.getName(), null, address(authentication),
				event.getException().getClass().getSimpleName());
	}

	private static String address(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

}
