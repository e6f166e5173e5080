package org.socle.identity.tokens;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.socle.identity.SocleUser;
import org.socle.shared.web.problem.ProblemResponses;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API call by its {@code Authorization: Bearer} token, as the token's
 * owner acting through it ({@link SocleUser#viaApiToken}), for this request only. A token
 * in the query string is refused (400) without being looked up: addresses end up in logs,
 * proxies and browser histories.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final Set<String> QUERY_TOKEN_PARAMETERS = Set.of("access_token", "token", "api_key");

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;

	private final ApiAuthenticationEntryPoint entryPoint;

	private final MessageSource messages;

	BearerTokenFilter(ApiTokens tokens, ApiAuthenticationEntryPoint entryPoint, MessageSource messages) {
		this.tokens = tokens;
		this.entryPoint = entryPoint;
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (tokenInQuery(request.getQueryString())) {
			ProblemResponses.write(response,
					ProblemResponses.problem(HttpStatus.BAD_REQUEST, this.messages
						.getMessage("api.problem.tokenInQuery", null, ProblemResponses.locale(request)), request),
					new HttpHeaders());
			return;
		}
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization == null) {
			chain.doFilter(request, response);
			return;
		}
		String secret = authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
				? authorization.substring(BEARER.length()).strip() : "";
		ApiTokens.TokenUser caller = secret.isEmpty() ? null : this.tokens.authenticate(secret).orElse(null);
		if (caller == null) {
			this.entryPoint.commence(request, response, new BadCredentialsException("Invalid API token"));
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new ApiTokenAuthentication(caller));
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}

	private static boolean tokenInQuery(String query) {
		return query != null && Arrays.stream(query.split("&"))
			.map((pair) -> pair.split("=", 2)[0].toLowerCase(Locale.ROOT))
			.anyMatch(QUERY_TOKEN_PARAMETERS::contains);
	}

	/** The owner acting through the token; the token's id keys the rate limit. */
	static final class ApiTokenAuthentication extends UsernamePasswordAuthenticationToken {

		private final long tokenId;

		ApiTokenAuthentication(ApiTokens.TokenUser caller) {
			super(caller.user(), null, caller.user().getAuthorities());
			this.tokenId = caller.tokenId();
		}

		long tokenId() {
			return this.tokenId;
		}

	}

}
