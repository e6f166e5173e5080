package org.socle.config;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for "today" everywhere (reference dates, overdue actions), replaceable in
 * tests.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(@Value("${socle.time-zone:Africa/Casablanca}") ZoneId zone) {
		return Clock.system(zone);
	}

}
