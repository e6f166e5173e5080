package org.socle.identity.throttle;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code socle.login.throttle.account.*} and {@code socle.login.throttle.address.*}: how
 * many failed logins lock an account (any name typed at the login form) or a client
 * address, and for how long. An office behind one address shares its limit, hence the
 * much higher default.
 */
@ConfigurationProperties("socle.login.throttle")
public class LoginThrottleProperties {

	private final Rule account = new Rule(5, Duration.ofHours(24),
			List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(60)));

	private final Rule address = new Rule(100, Duration.ofMinutes(15), List.of(Duration.ofMinutes(15)));

	public Rule getAccount() {
		return this.account;
	}

	public Rule getAddress() {
		return this.address;
	}

	/** One rule, bound from properties: see {@link ThrottleRule}. */
	public static class Rule {

		private int failures;

		private Duration window;

		private List<Duration> locks;

		Rule(int failures, Duration window, List<Duration> locks) {
			this.failures = failures;
			this.window = window;
			this.locks = locks;
		}

		public int getFailures() {
			return this.failures;
		}

		public void setFailures(int failures) {
			this.failures = failures;
		}

		public Duration getWindow() {
			return this.window;
		}

		public void setWindow(Duration window) {
			this.window = window;
		}

		public List<Duration> getLocks() {
			return this.locks;
		}

		public void setLocks(List<Duration> locks) {
			this.locks = locks;
		}

		ThrottleRule toRule() {
			return new ThrottleRule(this.failures, this.window, this.locks);
		}

	}

}
