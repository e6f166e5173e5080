package org.socle.identity.tokens;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.socle.shared.web.problem.ProblemResponses;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 with {@code WWW-Authenticate: Bearer} (RFC 6750; {@code error="invalid_token"} when
 * a token was sent but is unknown, expired or revoked) and a problem detail.
 */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final MessageSource messages;

	ApiAuthenticationEntryPoint(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		boolean invalid = ex instanceof BadCredentialsException;
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.WWW_AUTHENTICATE,
				invalid ? "Bearer realm=\"socle\", error=\"invalid_token\"" : "Bearer realm=\"socle\"");
		String key = invalid ? "api.problem.invalidToken" : "api.problem.noToken";
		ProblemResponses.write(response, ProblemResponses.problem(HttpStatus.UNAUTHORIZED,
				this.messages.getMessage(key, null, ProblemResponses.locale(request)), request), headers);
	}

}
