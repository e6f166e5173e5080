package org.socle.identity.mfa;

import java.time.Clock;
import java.util.OptionalLong;

import org.socle.identity.Role;
import org.socle.identity.SocleUser;
import org.socle.identity.securitylog.SecurityEventKind;
import org.socle.identity.securitylog.SecurityLog;
import org.socle.identity.throttle.LoginThrottle;
import org.socle.identity.users.User;
import org.socle.identity.users.UserRepository;
import org.socle.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The optional second factor (TOTP) of auditors and admins, required of admins when
 * {@code socle.mfa.required-for-admins} ({@code SOCLE_REQUIRE_MFA}) is true. Managers
 * have none.
 */
@Service
@Transactional
public class SecondFactor {

	private final UserRepository users;

	private final Totp totp;

	private final SecurityLog log;

	private final Clock clock;

	private final boolean requiredForAdmins;

	private final LoginThrottle throttle;

	SecondFactor(UserRepository users, Totp totp, SecurityLog log, Clock clock,
			@Value("${socle.mfa.required-for-admins:false}") boolean requiredForAdmins, LoginThrottle throttle) {
		this.throttle = throttle;
		this.users = users;
		this.totp = totp;
		this.log = log;
		this.clock = clock;
		this.requiredForAdmins = requiredForAdmins;
	}

	/** What the user must do after their password, before being logged in. */
	@Transactional(readOnly = true)
	public Step stepAfterPassword(SocleUser user) {
		if (find(user).getTotpSecret() != null) {
			return Step.CODE;
		}
		return (this.requiredForAdmins && user.role() == Role.ADMIN) ? Step.ENROL : Step.NONE;
	}

	static boolean mayEnrol(SocleUser user) {
		return user.role() == Role.ADMIN || user.role() == Role.AUDITOR;
	}

	@Transactional(readOnly = true)
	boolean isEnrolled(SocleUser user) {
		return find(user).getTotpSecret() != null;
	}

	/**
	 * Whether the code is the enrolled user's current one and was not used before (a code
	 * seen once, e.g. over a shoulder or by a phishing page, opens nothing again); a
	 * refused code is logged and counts as a failed login of the account (codes cannot be
	 * guessed past its lock).
	 */
	boolean verify(SocleUser user, String code) {
		OptionalLong step = this.totp.step(find(user).getTotpSecret(), code);
		boolean valid = step.isPresent() && this.users.acceptTotpStep(user.id(), step.getAsLong()) == 1;
		if (!valid) {
			this.log.record(SecurityEventKind.MFA_FAILED, user.getUsername(), null, null,
					step.isPresent() ? "code-already-used" : null);
			this.throttle.recordFailure(user.getUsername(), null);
		}
		return valid;
	}

	/**
	 * The second step is done: the login counts (last-login time, failures forgotten).
	 */
	void loggedIn(SocleUser user) {
		this.throttle.recordSuccess(user.getUsername());
		this.users.recordLogin(user.id(), this.clock.instant());
	}

	/**
	 * Enrols the user if {@code code} proves their app holds {@code secret}.
	 * @return whether the user is now enrolled
	 */
	boolean enrol(SocleUser user, String secret, String code) {
		OptionalLong step = this.totp.step(secret, code);
		if (!mayEnrol(user) || step.isEmpty()) {
			return false;
		}
		find(user).enableTotp(secret, this.clock.instant(), step.getAsLong());
		this.log.record(SecurityEventKind.MFA_ENROLLED, user.getUsername(), null, null, null);
		return true;
	}

	private User find(SocleUser user) {
		return this.users.findById(user.id()).orElseThrow(() -> new NotFoundException("User", user.id()));
	}

	/** After a correct password. */
	public enum Step {

		/** Logged in. */
		NONE,
		/** A code of the enrolled app first. */
		CODE,
		/** Enrolment first (an admin, when required). */
		ENROL

	}

}
