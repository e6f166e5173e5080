package org.socle.identity.login;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The HTTP sessions' store: Spring Session's, in PostgreSQL, as Spring Boot sets it up.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	/**
	 * Every user of the store (the session filter, the session registry) gets it through
	 * {@link CoarseAccessTimeSessionRepository}.
	 */
	@Bean
	static BeanPostProcessor coarseSessionAccessTime() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JdbcIndexedSessionRepository sessions)
						? new CoarseAccessTimeSessionRepository(sessions) : bean;
			}
		};
	}

}
