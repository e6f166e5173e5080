package org.socle.identity;

import java.time.Instant;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import org.socle.identity.users.User;
import org.socle.identity.users.UserRepository;
import org.socle.organisation.OrganisationFixtures;
import org.socle.shared.crypto.FieldEncryption;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates (once) the users and organisations tests log in with. Every fixture user has
 * the password {@link #PASSWORD}.
 */
@Component
public class IdentityFixtures {

	public static final String PASSWORD = "test-password-1";

	private final UserRepository users;

	private final OrganisationFixtures organisations;

	private final PasswordEncoder passwordEncoder;

	private final FieldEncryption encryption;

	private final JdbcTemplate jdbc;

	IdentityFixtures(UserRepository users, OrganisationFixtures organisations, PasswordEncoder passwordEncoder,
			FieldEncryption encryption, JdbcTemplate jdbc) {
		this.encryption = encryption;
		this.jdbc = jdbc;
		this.users = users;
		this.organisations = organisations;
		this.passwordEncoder = passwordEncoder;
	}

	public SocleUser admin() {
		return user("t-admin", Role.ADMIN, null);
	}

	public SocleUser auditor() {
		return user("t-auditor", Role.AUDITOR, null);
	}

	/** A second auditor, for four eyes: the one who reviews what the first created. */
	public SocleUser auditor2() {
		return user("t-auditor-2", Role.AUDITOR, null);
	}

	/** Manager of the test organisation "Org A". */
	public SocleUser managerA() {
		return user("t-manager-a", Role.MANAGER, organisation("Test Org A"));
	}

	/** Manager of the test organisation "Org B". */
	public SocleUser managerB() {
		return user("t-manager-b", Role.MANAGER, organisation("Test Org B"));
	}

	public long organisation(String name) {
		return this.organisations.organisation(name);
	}

	@Transactional
	public SocleUser user(String username, Role role, Long organisationId) {
		User user = this.users.findByUsername(username).orElseGet(() -> {
			User created = new User(username, this.passwordEncoder.encode(PASSWORD));
			created.update("Test " + username, username + "@test.ma", role, organisationId, true);
			return this.users.save(created);
		});
		return user.toSocleUser();
	}

	/**
	 * Gives the user a second factor, as enrolling would (no code used yet); returns its
	 * secret.
	 */
	public String withSecondFactor(SocleUser user) {
		String secret = new DefaultSecretGenerator(32).generate();
		this.jdbc.update(
				"update app_user set totp_secret = ?, totp_enabled_at = now(), totp_last_step = null where id = ?",
				this.encryption.encrypt(secret), user.id());
		return secret;
	}

	/** The code an authenticator app shows {@code periods} periods of 30 s from now. */
	public static String totpCode(String secret, int periods) {
		try {
			return new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30 + periods);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
