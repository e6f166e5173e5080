package org.socle.config;

import java.time.Duration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.socle.shared.jdbc.ReadsFromReplica;
import org.socle.shared.jdbc.ReplicaReadScope;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.util.StringUtils;

/**
 * Reports read from a PostgreSQL streaming replica when {@code socle.replica.url}
 * ({@code SOCLE_REPLICA_URL}) is set; nothing changes otherwise. The application's data
 * source becomes a {@link LazyConnectionDataSourceProxy} over the primary pool (Flyway,
 * JPA, every write and every other read) whose read-only data source serves the read-only
 * transactions of {@link ReadsFromReplica} classes from the replica: the proxy fetches
 * the real connection at the first statement, once the transaction has said it is
 * read-only. The replica's user and password default to the primary's.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${socle.replica.url:}'.isBlank()")
class ReplicaConfiguration {

	@Bean(destroyMethod = "close")
	ReplicaPool replicaPool(@Value("${socle.replica.url}") String url,
			@Value("${socle.replica.username:}") String username, @Value("${socle.replica.password:}") String password,
			@Value("${socle.replica.connect-timeout:1s}") Duration connectTimeout,
			@Value("${socle.replica.retry-after:10s}") Duration retryAfter, JdbcConnectionDetails primary) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("replica");
		config.setJdbcUrl(url);
		config.setUsername(StringUtils.hasText(username) ? username : primary.getUsername());
		config.setPassword(StringUtils.hasText(password) ? password : primary.getPassword());
		config.setReadOnly(true);
		config.setConnectionTimeout(connectTimeout.toMillis());
		config.setValidationTimeout(connectTimeout.toMillis());
		// the driver's own TCP connect timeout (seconds), for a host that does not answer
		// at all
		config.addDataSourceProperty("connectTimeout", Math.max(1, connectTimeout.toSeconds()));
		// start even when the replica is down: reports read the primary meanwhile
		config.setInitializationFailTimeout(-1);
		return new ReplicaPool(new HikariDataSource(config), retryAfter);
	}

	@Bean
	static BeanPostProcessor readOnlyTransactionsOnReplica(ObjectProvider<ReplicaPool> replica) {
		return new ReadOnlyRouting(replica);
	}

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor readsFromReplicaAdvisor() {
		return new DefaultPointcutAdvisor(new AnnotationMatchingPointcut(ReadsFromReplica.class, true),
				ReplicaReadScope.interceptor());
	}

	@Bean
	ReplicaHealthIndicator replicaHealthIndicator(ReplicaPool replica) {
		return new ReplicaHealthIndicator(replica);
	}

	/**
	 * Wraps Boot's pool, the primary, before anything else wraps it (the tests' statement
	 * counter).
	 */
	private record ReadOnlyRouting(ObjectProvider<ReplicaPool> replica) implements BeanPostProcessor, Ordered {

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (!(bean instanceof HikariDataSource primary)) {
				return bean;
			}
			LazyConnectionDataSourceProxy routing = new LazyConnectionDataSourceProxy(primary);
			routing.setReadOnlyDataSource(new ReplicaOrPrimary(primary, this.replica.getObject()));
			return routing;
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

	}

}
