package org.socle.identity.users;

import org.socle.identity.SocleUser;
import org.socle.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The logged-in user reads and changes their own preferences. */
@Service
class OwnPreferences {

	private final UserRepository users;

	OwnPreferences(UserRepository users) {
		this.users = users;
	}

	@Transactional(readOnly = true)
	PreferencesForm current() {
		User user = currentUser();
		PreferencesForm form = new PreferencesForm();
		form.setLanguage(user.getPreferredLanguage());
		form.setEmailMode(user.getEmailMode());
		return form;
	}

	@Transactional
	void save(PreferencesForm form) {
		currentUser().choosePreferences(form.getLanguage(), form.getEmailMode());
	}

	private User currentUser() {
		long id = SocleUser.current().id();
		return this.users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
	}

}
