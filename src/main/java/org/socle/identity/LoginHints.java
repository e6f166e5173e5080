package org.socle.identity;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;

/**
 * How to log in to this instance, said once in the log when Socle is ready: whatever
 * created accounts at start-up (the admin bootstrap, the demo data) adds a hint, e.g.
 * {@code admin with the generated password shown above}. Hints name where a password
 * comes from; they never carry a secret that was not already printed.
 */
@Component
public class LoginHints {

	private final List<String> hints = new CopyOnWriteArrayList<>();

	public void add(String hint) {
		this.hints.add(hint);
	}

	public List<String> all() {
		return List.copyOf(this.hints);
	}

}
