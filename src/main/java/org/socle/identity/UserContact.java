package org.socle.identity;

import java.util.Locale;

/**
 * How to reach a user: their e-mail address (may be null), the language they prefer and
 * how they want to receive notices by e-mail.
 *
 * @param language {@code fr}, {@code ar} or {@code en}; null when the user never chose
 */
public record UserContact(long userId, String email, String language, EmailMode emailMode) {

	/** The user's language, French (the application's default) when they never chose. */
	public Locale locale() {
		return Locale.forLanguageTag((this.language != null) ? this.language : "fr");
	}

	/**
	 * Whether e-mails can reach the user in this mode (an address, and this mode chosen).
	 */
	public boolean receivesEmail(EmailMode mode) {
		return this.emailMode == mode && hasAddress();
	}

	/** Whether the user still accepts e-mail at all (an address, and not "never"). */
	public boolean wantsEmail() {
		return this.emailMode != EmailMode.NEVER && hasAddress();
	}

	private boolean hasAddress() {
		return this.email != null && !this.email.isBlank();
	}

}
