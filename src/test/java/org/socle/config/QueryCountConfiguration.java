package org.socle.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.DataSourceQueryCountListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts every JDBC statement (JPA and plain JDBC alike) so that tests can assert that a
 * page runs a bounded number of queries; see {@link org.socle.QueryCount}. The statements
 * of the HTTP session (Spring Session JDBC: read, save) are left out: the same few for
 * every request that uses its session, whatever the page (docs/operations.md); they are
 * kept apart, for {@link org.socle.QueryCount#sessionStatements}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class QueryCountConfiguration {

	/** The session's statements run on this thread, until taken. */
	public static final ThreadLocal<List<String>> SESSION_STATEMENTS = ThreadLocal.withInitial(ArrayList::new);

	private static final Pattern SESSION_TABLES = Pattern.compile("\\bSPRING_SESSION", Pattern.CASE_INSENSITIVE);

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource
						&& !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
					return ProxyDataSourceBuilder.create(dataSource)
						.name("counted")
						.listener(new PageQueryCountListener())
						.build();
				}
				return bean;
			}
		};
	}

	private static final class PageQueryCountListener extends DataSourceQueryCountListener {

		@Override
		public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
			if (queries.stream().noneMatch((query) -> SESSION_TABLES.matcher(query.getQuery()).find())) {
				super.afterQuery(execution, queries);
			}
			else {
				queries.forEach((query) -> SESSION_STATEMENTS.get().add(query.getQuery()));
			}
		}

	}

}
