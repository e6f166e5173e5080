package org.socle.identity.throttle;

import java.time.Duration;
import java.util.List;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConfigurationBuilder;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code socle.login.throttle.account[i].*} and
 * {@code socle.login.throttle.address[i].*}: the limits of failed logins of an account
 * (any name typed at the login form) and of a client address, each "so many failures per
 * period". A period starts at the first failure and its failures are forgotten all at
 * once when it ends (Bucket4j's interval refill), so nested limits make a growing delay:
 * by default the 5th failure locks the account 1 minute, the 10th until 6 minutes after
 * the first, the 15th until 21 minutes, the 20th until 81 minutes. An office behind one
 * address shares its limit, hence the much higher default.
 */
@ConfigurationProperties("socle.login.throttle")
public class LoginThrottleProperties {

	private List<Limit> account = List.of(new Limit(5, Duration.ofMinutes(1)), new Limit(10, Duration.ofMinutes(6)),
			new Limit(15, Duration.ofMinutes(21)), new Limit(20, Duration.ofMinutes(81)));

	private List<Limit> address = List.of(new Limit(100, Duration.ofMinutes(15)));

	public List<Limit> getAccount() {
		return this.account;
	}

	public void setAccount(List<Limit> account) {
		this.account = account;
	}

	public List<Limit> getAddress() {
		return this.address;
	}

	public void setAddress(List<Limit> address) {
		this.address = address;
	}

	/** At most {@code failures} failed logins per {@code period}. */
	public record Limit(int failures, Duration period) {
	}

	/** One Bucket4j bucket holding every limit, a token per failure still allowed. */
	static BucketConfiguration bucketOf(List<Limit> limits) {
		ConfigurationBuilder bucket = BucketConfiguration.builder();
		for (Limit limit : limits) {
			bucket.addLimit(Bandwidth.builder()
				.capacity(limit.failures())
				.refillIntervally(limit.failures(), limit.period())
				.build());
		}
		return bucket.build();
	}

}
