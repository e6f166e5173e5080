package org.socle.identity.tokens;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The creation form of a personal API token. */
public class ApiTokenForm {

	@NotBlank
	@Size(max = 60)
	private String name;

	@NotNull
	private TokenLifetime lifetime = TokenLifetime.DAYS_90;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public TokenLifetime getLifetime() {
		return this.lifetime;
	}

	public void setLifetime(TokenLifetime lifetime) {
		this.lifetime = lifetime;
	}

}
