package org.socle.identity.users;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An admin's password reset for a user.
 */
public class PasswordForm {

	static final int MIN_LENGTH = 10;

	static final int MAX_LENGTH = 100;

	@NotBlank
	@Size(min = MIN_LENGTH, max = MAX_LENGTH)
	private String password;

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
