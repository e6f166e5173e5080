package org.socle.identity.users;

import org.socle.identity.SocleUser;
import org.socle.identity.securitylog.SecurityEventKind;
import org.socle.identity.securitylog.SecurityLog;
import org.socle.identity.throttle.LoginThrottle;
import org.socle.shared.NotFoundException;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The logged-in user changes their own password: the current one must be right, the new
 * one follows the policy ({@link PasswordChangeForm}), differs from the current one and
 * is typed twice alike. The change is in the security log and ends the user's other
 * sessions (a session opened with the old password, elsewhere, is closed). A wrong
 * current password counts as a failed login ({@link LoginThrottle}): a stolen session
 * cannot guess the password here faster than at the login form.
 */
@Service
class OwnPassword {

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final SessionRegistry sessions;

	private final SecurityLog securityLog;

	private final LoginThrottle throttle;

	OwnPassword(UserRepository users, PasswordEncoder passwordEncoder, SessionRegistry sessions,
			SecurityLog securityLog, LoginThrottle throttle) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
		this.securityLog = securityLog;
		this.throttle = throttle;
	}

	/**
	 * Changes the password, or rejects the form's fields; returns whether it changed.
	 * @param sessionId the session to keep
	 * @param address the client's address, for the security log
	 */
	@Transactional
	boolean change(PasswordChangeForm form, Errors errors, String sessionId, String address) {
		SocleUser current = SocleUser.current();
		User user = this.users.findById(current.id()).orElseThrow(() -> new NotFoundException("User", current.id()));
		if (this.throttle.lockedUntil(user.getUsername(), address).isPresent()) {
			errors.rejectValue("currentPassword", "account.password.locked");
			return false;
		}
		if (!this.passwordEncoder.matches(form.getCurrentPassword(), user.getPasswordHash())) {
			errors.rejectValue("currentPassword", "account.password.wrongCurrent");
			this.throttle.recordFailure(user.getUsername(), address);
		}
		else if (!errors.hasFieldErrors("newPassword")
				&& this.passwordEncoder.matches(form.getNewPassword(), user.getPasswordHash())) {
			errors.rejectValue("newPassword", "account.password.unchanged");
		}
		if (!errors.hasFieldErrors("confirmation") && !form.getConfirmation().equals(form.getNewPassword())) {
			errors.rejectValue("confirmation", "account.password.mismatch");
		}
		if (errors.hasErrors()) {
			return false;
		}
		user.changePasswordHash(this.passwordEncoder.encode(form.getNewPassword()));
		this.securityLog.record(SecurityEventKind.PASSWORD_CHANGED, user.getUsername(), null, address, null);
		this.sessions.getAllSessions(user.getUsername(), false)
			.stream()
			.filter((session) -> !session.getSessionId().equals(sessionId))
			.forEach(SessionInformation::expireNow);
		return true;
	}

}
