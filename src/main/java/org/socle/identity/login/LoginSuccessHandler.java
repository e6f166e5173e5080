package org.socle.identity.login;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.socle.identity.SocleUser;
import org.socle.identity.mfa.PendingLogin;
import org.socle.identity.mfa.SecondFactor;
import org.socle.identity.throttle.LoginThrottle;
import org.socle.identity.users.UserRepository;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Applies the user's preferred language (the language cookie, which pages and PDFs
 * follow), records the last-login time and forgets the account's failed logins, then goes
 * where the user was heading (or home); or, when the user has a second factor (or must
 * enrol one), holds the login until its second step (the failures are forgotten only
 * after it).
 */
@Component
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final UserRepository users;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final SecondFactor secondFactor;

	private final LoginThrottle throttle;

	private final LocaleResolver localeResolver;

	LoginSuccessHandler(UserRepository users, TransactionTemplate transaction, Clock clock, SecondFactor secondFactor,
			LoginThrottle throttle, LocaleResolver localeResolver) {
		this.throttle = throttle;
		this.localeResolver = localeResolver;
		this.users = users;
		this.secondFactor = secondFactor;
		this.transaction = transaction;
		this.clock = clock;
		setDefaultTargetUrl("/");
		setAlwaysUseDefaultTargetUrl(false);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof SocleUser user) {
			// already with the password: the second factor's page speaks the user's
			// language too
			this.users.findPreferredLanguage(user.id())
				.ifPresent((language) -> this.localeResolver.setLocale(request, response,
						Locale.forLanguageTag(language)));
			SecondFactor.Step step = this.secondFactor.stepAfterPassword(user);
			if (step != SecondFactor.Step.NONE) {
				PendingLogin.hold(request, authentication, step);
				getRedirectStrategy().sendRedirect(request, response, "/login/totp");
				return;
			}
			this.throttle.recordSuccess(user.getUsername());
			this.transaction.executeWithoutResult((status) -> this.users.recordLogin(user.id(), this.clock.instant()));
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
