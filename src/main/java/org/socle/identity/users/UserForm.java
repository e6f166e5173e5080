package org.socle.identity.users;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.socle.identity.Role;

/**
 * Create and edit form of a user; username and password are only used on create.
 */
public class UserForm {

	static final String USERNAME_PATTERN = "[a-z0-9._-]{3,50}";

	@Pattern(regexp = USERNAME_PATTERN)
	private String username;

	@NotBlank
	@Size(max = 150)
	private String displayName;

	@NotBlank
	@Email
	@Size(max = 254)
	private String email;

	@NotNull
	private Role role;

	private Long organisationId;

	/** The codes of the regions an auditor covers (ignored for other roles). */
	private List<String> regionCodes = new ArrayList<>();

	private boolean enabled = true;

	@Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH)
	@NotCommonPassword
	private String password;

	private long version;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = (username != null) ? username.toLowerCase() : null;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public void setOrganisationId(Long organisationId) {
		this.organisationId = organisationId;
	}

	public List<String> getRegionCodes() {
		return this.regionCodes;
	}

	public void setRegionCodes(List<String> regionCodes) {
		this.regionCodes = (regionCodes != null) ? regionCodes : new ArrayList<>();
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
