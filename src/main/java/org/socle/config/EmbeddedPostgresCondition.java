package org.socle.config;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when no {@code spring.datasource.url} is set and
 * {@code socle.embedded-db.enabled} is not {@code false}.
 */
public class EmbeddedPostgresCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return isEmbedded(context.getEnvironment());
	}

	/**
	 * Whether Socle runs on its own embedded server (used to default the demo data on).
	 */
	public static boolean isEmbedded(Environment environment) {
		return !StringUtils.hasText(environment.getProperty("spring.datasource.url"))
				&& environment.getProperty("socle.embedded-db.enabled", Boolean.class, true);
	}

}
