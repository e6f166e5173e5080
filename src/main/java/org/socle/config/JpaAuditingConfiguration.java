package org.socle.config;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing
class JpaAuditingConfiguration {

	static final String SYSTEM = "system";

	/**
	 * The acting user's username ({@code demo-data} while the demo data loads), or
	 * {@value #SYSTEM} for start-up jobs.
	 */
	@Bean
	AuditorAware<String> auditorAware() {
		return () -> {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
				return Optional.of(SYSTEM);
			}
			return Optional.of(authentication.getName());
		};
	}

}
