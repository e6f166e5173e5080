package org.socle.identity;

import java.util.List;
import java.util.Optional;

import org.socle.identity.users.UserRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact details and preferences of active accounts, for whatever tells users
 * something (notifications). A disabled account is never contacted.
 */
@Service
@Transactional(readOnly = true)
public class UserContacts {

	private final UserRepository users;

	UserContacts(UserRepository users) {
		this.users = users;
	}

	/** The active user's contact; empty for a disabled or unknown account. */
	public Optional<UserContact> find(long userId) {
		return this.users.findContact(userId);
	}

	/** The active users who chose that e-mail mode and have an address. */
	public List<UserContact> reachableByEmail(EmailMode mode) {
		return this.users.findContactsByEmailMode(mode);
	}

}
