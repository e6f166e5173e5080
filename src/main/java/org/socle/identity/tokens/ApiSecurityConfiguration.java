package org.socle.identity.tokens;

import org.socle.shared.web.problem.ProblemResponses;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.NullSecurityContextRepository;

/**
 * The REST API's own filter chain, before the UI's: every {@code /api/**} call (its
 * documentation pages aside) carries a bearer token and nothing else. Stateless: no
 * session is read or created, so a browser's session cookie authenticates nothing here,
 * and CSRF (a defence of cookie-authenticated requests) does not apply.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokens tokens, ApiRateLimiter limiter,
			MessageSource messages) throws Exception {
		ApiAuthenticationEntryPoint entryPoint = new ApiAuthenticationEntryPoint(messages);
		http.securityMatcher(ProblemResponses::isApiRequest)
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext((context) -> context.securityContextRepository(new NullSecurityContextRepository()))
			.requestCache(AbstractHttpConfigurer::disable)
			.csrf(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.anonymous(AbstractHttpConfigurer::disable)
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDenied(messages)))
			.headers((headers) -> headers.defaultsDisabled().cacheControl(Customizer.withDefaults()))
			.addFilterBefore(new BearerTokenFilter(tokens, entryPoint, messages), AnonymousAuthenticationFilter.class)
			.addFilterAfter(new ApiRateLimitFilter(limiter, messages), BearerTokenFilter.class);
		return http.build();
	}

	private static AccessDeniedHandler accessDenied(MessageSource messages) {
		return (request, response, ex) -> ProblemResponses.write(response,
				ProblemResponses.problem(HttpStatus.FORBIDDEN,
						messages.getMessage("api.problem.forbidden", null, ProblemResponses.locale(request)), request),
				new HttpHeaders());
	}

}
