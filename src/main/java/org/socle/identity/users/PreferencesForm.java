package org.socle.identity.users;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.socle.identity.EmailMode;

/** A user's own preferences: their language (none: the default) and e-mail mode. */
public class PreferencesForm {

	@Pattern(regexp = "fr|ar|en")
	private String language;

	@NotNull
	private EmailMode emailMode;

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public EmailMode getEmailMode() {
		return this.emailMode;
	}

	public void setEmailMode(EmailMode emailMode) {
		this.emailMode = emailMode;
	}

}
