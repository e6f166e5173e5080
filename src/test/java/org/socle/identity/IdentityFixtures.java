package org.socle.identity;

import org.socle.identity.users.User;
import org.socle.identity.users.UserRepository;
import org.socle.organisation.OrganisationFixtures;

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

	IdentityFixtures(UserRepository users, OrganisationFixtures organisations, PasswordEncoder passwordEncoder) {
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

}
