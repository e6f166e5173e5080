package org.socle.config;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts every JDBC statement (JPA and plain JDBC alike) so that tests can assert that a
 * page runs a bounded number of queries; see {@link org.socle.QueryCount}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class QueryCountConfiguration {

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource
						&& !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
					return ProxyDataSourceBuilder.create(dataSource).name("counted").countQuery().build();
				}
				return bean;
			}
		};
	}

}
