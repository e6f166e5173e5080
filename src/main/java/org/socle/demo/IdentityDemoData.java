package org.socle.demo;

import org.socle.identity.LoginHints;
import org.socle.identity.NewAccount;
import org.socle.identity.Role;
import org.socle.identity.UserAccounts;
import org.socle.organisation.OrganisationService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo accounts: admin (the bootstrap administrator's username, so that the bootstrap
 * creates no other), auditor and auditor2 (four eyes: one validates the other's audits),
 * manager (Al Amal) and manager2 (Nour), all with the demo password.
 */
@Component
@Order(20)
class IdentityDemoData implements DemoDataContributor {

	static final String DEFAULT_PASSWORD = "socle-demo";

	private final UserAccounts accounts;

	private final OrganisationService organisations;

	private final String password;

	private final LoginHints hints;

	IdentityDemoData(UserAccounts accounts, OrganisationService organisations,
			@Value("${socle.demo.password:${SOCLE_DEMO_PASSWORD:" + DEFAULT_PASSWORD + "}}") String password,
			LoginHints hints) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.password = password;
		this.hints = hints;
	}

	@Override
	@Transactional
	public void loadDemoData() {
		ensure("admin", "Administrateur Socle", Role.ADMIN, null);
		ensure("auditor", "Samira Bennani (Entraide Nationale)", Role.AUDITOR, null);
		ensure("auditor2", "Karim Tazi (Entraide Nationale)", Role.AUDITOR, null);
		ensure("manager", "Youssef El Idrissi", Role.MANAGER, DemoOrganisations.AL_AMAL);
		ensure("manager2", "Fatima Zahra Alaoui", Role.MANAGER, DemoOrganisations.NOUR);
		this.hints.add("a demo account (admin, auditor, auditor2, manager or manager2) with the password "
				+ (DEFAULT_PASSWORD.equals(this.password) ? "'" + DEFAULT_PASSWORD + "'"
						: "from SOCLE_DEMO_PASSWORD (socle.demo.password)"));
	}

	private void ensure(String username, String displayName, Role role, String organisationName) {
		if (this.accounts.exists(username)) {
			return;
		}
		Long organisationId = (organisationName != null)
				? this.organisations.findByName(organisationName).orElseThrow().id() : null;
		this.accounts.create(
				new NewAccount(username, displayName, username + "@socle.example.ma", role, organisationId, true),
				this.password);
	}

}
