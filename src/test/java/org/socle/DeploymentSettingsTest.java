package org.socle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * {@link SocleTest} with the settings of a deployment behind a TLS reverse proxy: a
 * second factor required of admins ({@code SOCLE_REQUIRE_MFA=true}) and
 * {@code X-Forwarded-*} trusted from the default proxies, loopback
 * ({@code SOCLE_FORWARD_HEADERS=native}). Every test class using it shares one Spring
 * context, apart from the {@code @SocleTest} one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SocleTest
@TestPropertySource(properties = { "socle.mfa.required-for-admins=true", "server.forward-headers-strategy=native" })
public @interface DeploymentSettingsTest {

}
