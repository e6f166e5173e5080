package org.socle.identity;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.socle.shared.NotFoundException;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user, as every module's services see it for their access checks.
 */
public final class SocleUser implements UserDetails, CredentialsContainer {

	/**
	 * Serialised into the sessions' table: fixed, so that old and new nodes read each
	 * other's sessions during a rolling upgrade (change it only with incompatible
	 * fields).
	 */
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private final String displayName;

	private final Role role;

	private final Long organisationId;

	private final boolean enabled;

	private String passwordHash;

	private final String apiToken;

	public SocleUser(long id, String username, String displayName, Role role, Long organisationId, boolean enabled,
			String passwordHash) {
		this(id, username, displayName, role, organisationId, enabled, passwordHash, null);
	}

	private SocleUser(long id, String username, String displayName, Role role, Long organisationId, boolean enabled,
			String passwordHash, String apiToken) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.role = role;
		this.organisationId = organisationId;
		this.enabled = enabled;
		this.passwordHash = passwordHash;
		this.apiToken = apiToken;
	}

	/**
	 * The same user acting through the named API token: same role, organisation and
	 * access checks; logs say which token.
	 */
	public SocleUser viaApiToken(String tokenName) {
		return new SocleUser(this.id, this.username, this.displayName, this.role, this.organisationId, this.enabled,
				null, tokenName);
	}

	/** The name of the API token this request came with; null in the UI. */
	public String apiToken() {
		return this.apiToken;
	}

	/** The user of the current request; fails if nobody is logged in. */
	public static SocleUser current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SocleUser user) {
			return user;
		}
		throw new IllegalStateException("No Socle user is logged in");
	}

	public long id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

	/** The manager's organisation; null for admins and auditors. */
	public Long organisationId() {
		return this.organisationId;
	}

	public boolean isAdmin() {
		return this.role == Role.ADMIN;
	}

	public boolean isAuditor() {
		return this.role == Role.AUDITOR;
	}

	public boolean isManager() {
		return this.role == Role.MANAGER;
	}

	/** Admins and auditors read every organisation's records; managers only their own. */
	public boolean canRead(Long organisationId) {
		return !isManager() || Objects.equals(this.organisationId, organisationId);
	}

	/**
	 * Throws {@link NotFoundException} (404, existence not leaked) when the user may not
	 * read records of that organisation.
	 */
	public void requireRead(Long organisationId, String what, Object id) {
		if (!canRead(organisationId)) {
			throw new NotFoundException(what, id);
		}
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SocleUser that && this.id == that.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return this.username;
	}

}
