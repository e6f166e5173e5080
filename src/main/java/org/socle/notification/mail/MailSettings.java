package org.socle.notification.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code socle.mail.*}: whether notices go out by e-mail at all (the SMTP server is
 * Spring Boot's {@code spring.mail.*}), the sender's address and how the outbox retries.
 *
 * @param enabled false (the default): no e-mail is queued or sent, notices stay in the
 * application
 * @param from the sender's address
 * @param maxAttempts attempts before a message is given up (FAILED)
 * @param retryDelay the wait after the first failure, doubled after each next one
 * @param batchSize messages sent by one run of the sender at most
 */
@ConfigurationProperties("socle.mail")
public record MailSettings(@DefaultValue("false") boolean enabled, @DefaultValue("socle@localhost") String from,
		@DefaultValue("8") int maxAttempts, @DefaultValue("PT1M") Duration retryDelay,
		@DefaultValue("50") int batchSize) {

	/**
	 * The wait before the next attempt after {@code attempts} failed ones (1, 2, 4...
	 * times the delay).
	 */
	Duration backOff(int attempts) {
		return this.retryDelay.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
	}

}
