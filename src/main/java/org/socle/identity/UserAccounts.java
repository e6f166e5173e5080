package org.socle.identity;

import org.socle.identity.users.User;
import org.socle.identity.users.UserRepository;
import org.socle.shared.NotAllowedException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates user accounts, for the administrators' screens and for whatever else creates
 * them (the demo data). Administrators only, whatever the caller.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class UserAccounts {

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	UserAccounts(UserRepository users, PasswordEncoder passwordEncoder) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return this.users.existsByUsername(username);
	}

	/**
	 * Creates the account with the password encoded; returns its id.
	 * @throws NotAllowedException for a manager without an organisation
	 */
	public long create(NewAccount account, String rawPassword) {
		if (account.role() == Role.MANAGER && account.organisationId() == null) {
			throw new NotAllowedException("A manager needs an organisation");
		}
		User user = new User(account.username(), this.passwordEncoder.encode(rawPassword));
		user.update(account.displayName(), account.email(), account.role(), account.organisationId(),
				account.enabled());
		return this.users.save(user).getId();
	}

}
