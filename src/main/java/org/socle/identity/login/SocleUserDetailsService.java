package org.socle.identity.login;

import org.socle.identity.users.User;
import org.socle.identity.users.UserRepository;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class SocleUserDetailsService implements UserDetailsService {

	private final UserRepository users;

	SocleUserDetailsService(UserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.users.findByUsername(username.trim().toLowerCase())
			.map(User::toSocleUser)
			.orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
	}

}
