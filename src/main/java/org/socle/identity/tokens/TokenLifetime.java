package org.socle.identity.tokens;

import java.time.Duration;

/** How long a new token works: the choices the creation form offers. */
enum TokenLifetime {

	DAYS_30(30), DAYS_90(90), DAYS_365(365);

	private final int days;

	TokenLifetime(int days) {
		this.days = days;
	}

	Duration duration() {
		return Duration.ofDays(this.days);
	}

}
