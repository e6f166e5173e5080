package org.socle.identity;

import org.socle.identity.users.AdminBootstrap;
import org.socle.identity.users.User;
import org.socle.identity.users.UserRepository;
import org.socle.organisation.DemoOrganisations;
import org.socle.organisation.OrganisationService;
import org.socle.shared.DemoDataContributor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo accounts: admin, auditor, manager (Al Amal) and manager2 (Nour), all with the demo
 * password.
 */
@Component
@Order(20)
class IdentityDemoData implements DemoDataContributor {

	static final String DEFAULT_PASSWORD = "socle-demo";

	private final UserRepository users;

	private final OrganisationService organisations;

	private final PasswordEncoder passwordEncoder;

	private final String password;

	IdentityDemoData(UserRepository users, OrganisationService organisations, PasswordEncoder passwordEncoder,
			@Value("${socle.demo.password:${SOCLE_DEMO_PASSWORD:" + DEFAULT_PASSWORD + "}}") String password) {
		this.users = users;
		this.organisations = organisations;
		this.passwordEncoder = passwordEncoder;
		this.password = password;
	}

	@Override
	@Transactional
	public void loadDemoData() {
		ensure(AdminBootstrap.ADMIN_USERNAME, "Administrateur Socle", Role.ADMIN, null);
		ensure("auditor", "Samira Bennani (Entraide Nationale)", Role.AUDITOR, null);
		ensure("manager", "Youssef El Idrissi", Role.MANAGER, DemoOrganisations.AL_AMAL);
		ensure("manager2", "Fatima Zahra Alaoui", Role.MANAGER, DemoOrganisations.NOUR);
	}

	private void ensure(String username, String displayName, Role role, String organisationName) {
		if (this.users.existsByUsername(username)) {
			return;
		}
		Long organisationId = (organisationName != null)
				? this.organisations.findByName(organisationName).orElseThrow().id() : null;
		User user = new User(username, this.passwordEncoder.encode(this.password));
		user.update(displayName, username + "@socle.example.ma", role, organisationId, true);
		this.users.save(user);
	}

}
