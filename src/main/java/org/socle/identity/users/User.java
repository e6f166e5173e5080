package org.socle.identity.users;

import java.time.Instant;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.annotations.DynamicUpdate;
import org.socle.identity.EmailMode;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;
import org.socle.shared.AuditedEntity;
import org.socle.shared.crypto.EncryptedString;

@Entity
// only changed columns are written: an encrypted value that cannot be read stays as it is
@DynamicUpdate
@Table(name = "app_user")
@Audited
public class User extends AuditedEntity {

	private String username;

	private String displayName;

	private String email;

	@NotAudited
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private Long organisationId;

	private boolean enabled = true;

	@NotAudited
	private Instant lastLoginAt;

	@NotAudited
	@Convert(converter = EncryptedString.class)
	private String totpSecret;

	@NotAudited
	private Instant totpEnabledAt;

	/** The time step of the last code accepted: a code is good once (RFC 6238 §5.2). */
	@NotAudited
	private Long totpLastStep;

	/** fr, ar or en; null until the user chooses (French, the default, applies). */
	@NotAudited
	private String preferredLanguage;

	@NotAudited
	@Enumerated(EnumType.STRING)
	private EmailMode emailMode = EmailMode.IMMEDIATE;

	protected User() {
	}

	public User(String username, String passwordHash) {
		this.username = username;
		this.passwordHash = passwordHash;
	}

	public void update(String displayName, String email, Role role, Long organisationId, boolean enabled) {
		this.displayName = displayName;
		this.email = email;
		this.role = role;
		this.organisationId = (role == Role.MANAGER) ? organisationId : null;
		this.enabled = enabled;
	}

	/**
	 * The second factor from now on (the secret of the user's authenticator app), proved
	 * by a code of time step {@code step}, which cannot serve again.
	 */
	public void enableTotp(String secret, Instant at, long step) {
		this.totpSecret = secret;
		this.totpEnabledAt = at;
		this.totpLastStep = step;
	}

	/** No second factor any more (its device lost): the user enrols again. */
	public void resetTotp() {
		this.totpSecret = null;
		this.totpEnabledAt = null;
		this.totpLastStep = null;
	}

	/** When the second factor was enabled, or null without one. */
	public Instant getTotpEnabledAt() {
		return this.totpEnabledAt;
	}

	/** The user's own preferences: language (fr, ar, en or null) and e-mail mode. */
	public void choosePreferences(String preferredLanguage, EmailMode emailMode) {
		this.preferredLanguage = preferredLanguage;
		this.emailMode = emailMode;
	}

	String getPreferredLanguage() {
		return this.preferredLanguage;
	}

	EmailMode getEmailMode() {
		return this.emailMode;
	}

	/** The TOTP secret, or null when the user has no second factor. */
	public String getTotpSecret() {
		return this.totpSecret;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public SocleUser toSocleUser() {
		return new SocleUser(getId(), this.username, this.displayName, this.role, this.organisationId, this.enabled,
				this.passwordHash);
	}

	String getUsername() {
		return this.username;
	}

	String getDisplayName() {
		return this.displayName;
	}

	String getEmail() {
		return this.email;
	}

	Role getRole() {
		return this.role;
	}

	Long getOrganisationId() {
		return this.organisationId;
	}

	boolean isEnabled() {
		return this.enabled;
	}

}
