package org.socle.identity.login;

import java.util.EnumSet;

import jakarta.servlet.DispatcherType;
import org.socle.identity.Role;
import org.socle.identity.throttle.LoginThrottle;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.SingleResultAuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginSuccessHandler loginSuccessHandler,
			SessionRegistry sessionRegistry, LoginFailureHandler loginFailureHandler, LoginThrottle loginThrottle,
			@Value("${socle.api.docs-public:false}") boolean apiDocsPublic) {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/login/totp", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**",
					"/favicon.ico", "/manifest/*.webmanifest", "/sw.js")
			.permitAll()
			.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
			.permitAll()
			.requestMatchers(EndpointRequest.toAnyEndpoint())
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/admin/**")
			.hasRole(Role.ADMIN.name())
			// the inspection plan: a manager never sees it (docs/inspections.md)
			.requestMatchers("/inspections", "/inspections/**")
			.hasAnyRole(Role.AUDITOR.name(), Role.ADMIN.name())
			// the API's documentation (the API itself has its own chain: identity.tokens)
			.requestMatchers("/api/docs", "/api/docs/**", "/api/swagger-ui/**")
			.access(apiDocsPublic ? SingleResultAuthorizationManager.permitAll()
					: AuthorityAuthorizationManager.hasRole(Role.ADMIN.name()))
			.requestMatchers("/v3/api-docs", "/v3/api-docs/**")
			.access(apiDocsPublic ? SingleResultAuthorizationManager.permitAll()
					: AuthenticatedAuthorizationManager.authenticated())
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.successHandler(loginSuccessHandler)
				.failureHandler(loginFailureHandler)
				.permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId())
				.maximumSessions(-1)
				.sessionRegistry(sessionRegistry)
				.expiredUrl("/login?expired"))
			.headers((headers) -> headers.defaultsDisabled().cacheControl(Customizer.withDefaults()))
			.csrf((csrf) -> csrf.csrfTokenRepository(new SessionOrCookieCsrfTokenRepository()))
			.addFilterBefore(new LoginThrottleFilter(loginThrottle), UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	/** The security headers on every response: see {@link SecurityHeadersFilter}. */
	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
		FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(
				new SecurityHeadersFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
		return registration;
	}

	/**
	 * Knows every logged-in session, so that changing a user's role, organisation,
	 * enabled flag or password ends their sessions at once, on every node: the sessions
	 * live in PostgreSQL (Spring Session JDBC), indexed by user name, and an ended
	 * session is marked there, so that the next request on any node is refused. That mark
	 * is read from the session the request has loaded anyway:
	 * {@link LoadedSessionRegistry}.
	 */
	@Bean
	<S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
		return new LoadedSessionRegistry(new SpringSessionBackedSessionRegistry<>(sessions));
	}

	/**
	 * No observations of Spring Security's filters, authentications and authorizations:
	 * with metrics and no tracing, they would wrap each filter of every request in an
	 * observation whose timers nobody reads (docs/performance.md, "The per-request cost
	 * of every page"). The request's own observation, {@code http.server.requests},
	 * stays.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/** BCrypt by default, and reads hashes of any algorithm Spring Security knows. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
