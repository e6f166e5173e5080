package org.socle.identity.login;

import java.util.EnumSet;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

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

	/** One read of the session per request: see {@link SessionReadScopeFilter}. */
	@Bean
	FilterRegistrationBean<SessionReadScopeFilter> sessionReadScopeFilter() {
		FilterRegistrationBean<SessionReadScopeFilter> registration = new FilterRegistrationBean<>(
				new SessionReadScopeFilter());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR));
		return registration;
	}

}
