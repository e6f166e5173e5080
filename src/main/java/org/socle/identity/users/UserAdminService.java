package org.socle.identity.users;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.socle.identity.NewAccount;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;
import org.socle.identity.UserAccounts;
import org.socle.identity.securitylog.SecurityEventKind;
import org.socle.identity.securitylog.SecurityLog;
import org.socle.identity.throttle.LoginThrottle;
import org.socle.organisation.OrganisationService;
import org.socle.reference.ReferenceDataService;
import org.socle.shared.NotAllowedException;
import org.socle.shared.NotFoundException;
import org.socle.shared.web.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Admin management of user accounts. Every method requires the ADMIN role, whatever the
 * caller.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
class UserAdminService {

	private final UserRepository users;

	private final OrganisationService organisations;

	private final PasswordEncoder passwordEncoder;

	private final SessionRegistry sessions;

	private final UserAccounts accounts;

	private final SecurityLog securityLog;

	private final LoginThrottle throttle;

	private final AuditorRegionRepository auditorRegions;

	private final ReferenceDataService reference;

	UserAdminService(UserRepository users, OrganisationService organisations, PasswordEncoder passwordEncoder,
			SessionRegistry sessions, UserAccounts accounts, SecurityLog securityLog, LoginThrottle throttle,
			AuditorRegionRepository auditorRegions, ReferenceDataService reference) {
		this.auditorRegions = auditorRegions;
		this.reference = reference;
		this.throttle = throttle;
		this.securityLog = securityLog;
		this.users = users;
		this.organisations = organisations;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
		this.accounts = accounts;
	}

	/** Columns the list may be sorted by; anything else in {@code sort} is ignored. */
	private static final Set<String> SORTABLE = Set.of("username", "displayName", "role", "lastLoginAt");

	@Transactional(readOnly = true)
	Page<UserListItem> list(String query, Pageable pageable) {
		Page<UserRow> rows = this.users.findRows(Objects.requireNonNullElse(query, ""),
				Paging.safe(pageable, Paging.MAX_PAGE_SIZE, SORTABLE, Sort.by("username")));
		Map<Long, String> names = this.organisations
			.namesByIds(rows.stream().map(UserRow::organisationId).filter(Objects::nonNull).distinct().toList());
		Map<String, Instant> locks = this.throttle.lockedAccounts(rows.map(UserRow::username).toList());
		return rows.map((row) -> new UserListItem(row, names.get(row.organisationId()), locks.get(row.username())));
	}

	@Transactional(readOnly = true)
	UserForm formFor(long id) {
		User user = find(id);
		UserForm form = new UserForm();
		form.setUsername(user.getUsername());
		form.setDisplayName(user.getDisplayName());
		form.setEmail(user.getEmail());
		form.setRole(user.getRole());
		form.setOrganisationId(user.getOrganisationId());
		form.setRegionCodes(this.auditorRegions.findRegionCodes(id));
		form.setEnabled(user.isEnabled());
		form.setVersion(user.getVersion());
		return form;
	}

	/** Rules Bean Validation cannot express; adds field errors to {@code errors}. */
	@Transactional(readOnly = true)
	void validate(UserForm form, Long id, Errors errors) {
		if (form.getRole() == Role.MANAGER
				&& (form.getOrganisationId() == null || this.organisations.find(form.getOrganisationId()).isEmpty())) {
			errors.rejectValue("organisationId", "user.organisation.required");
		}
		if (!form.getRegionCodes().stream().allMatch(this.reference::isRegion)) {
			errors.rejectValue("regionCodes", "user.regions.unknown");
		}
		if (id == null) {
			if (form.getUsername() == null) {
				errors.rejectValue("username", "NotBlank");
			}
			else if (this.users.existsByUsername(form.getUsername())) {
				errors.rejectValue("username", "user.username.taken");
			}
			if (form.getPassword() == null) {
				errors.rejectValue("password", "NotBlank");
			}
		}
		else if (id == SocleUser.current().id() && (form.getRole() != Role.ADMIN || !form.isEnabled())) {
			errors.rejectValue("role", "user.self.demotion");
		}
	}

	long create(UserForm form) {
		long id = this.accounts.create(new NewAccount(form.getUsername(), form.getDisplayName(), form.getEmail(),
				form.getRole(), form.getOrganisationId(), form.isEnabled()), form.getPassword());
		log(SecurityEventKind.ACCOUNT_CREATED, form.getUsername(), form.getRole().name());
		replaceRegions(id, form);
		return id;
	}

	void update(long id, UserForm form) {
		User user = find(id);
		user.checkVersion(form.getVersion());
		Role roleBefore = user.getRole();
		boolean enabledBefore = user.isEnabled();
		apply(user, form);
		replaceRegions(id, form);
		if (roleBefore != user.getRole()) {
			log(SecurityEventKind.ROLE_CHANGED, user.getUsername(), roleBefore + " → " + user.getRole());
		}
		if (enabledBefore != user.isEnabled()) {
			log(user.isEnabled() ? SecurityEventKind.ACCOUNT_ENABLED : SecurityEventKind.ACCOUNT_DISABLED,
					user.getUsername(), null);
		}
		endSessions(user);
	}

	void resetPassword(long id, String password) {
		User user = find(id);
		user.changePasswordHash(this.passwordEncoder.encode(password));
		log(SecurityEventKind.PASSWORD_RESET, user.getUsername(), null);
		endSessions(user);
	}

	/** Lifts the login lock of the account (its failed logins are forgotten). */
	void unlock(long id) {
		this.throttle.unlock(find(id).getUsername(), SocleUser.current().getUsername());
	}

	/**
	 * Removes the user's second factor (their device lost): they log in with their
	 * password alone, or must enrol again first where it is required of them. Their
	 * sessions end. Never an admin's own: another admin checks who is asking.
	 */
	void resetSecondFactor(long id) {
		User user = find(id);
		if (user.getId() == SocleUser.current().id()) {
			throw new NotAllowedException("An admin's own second factor is reset by another admin");
		}
		if (user.getTotpEnabledAt() == null) {
			return;
		}
		user.resetTotp();
		log(SecurityEventKind.MFA_RESET, user.getUsername(), null);
		endSessions(user);
	}

	/** When the user's second factor was enabled, or null without one. */
	@Transactional(readOnly = true)
	Instant secondFactorSince(long id) {
		return find(id).getTotpEnabledAt();
	}

	private void log(SecurityEventKind kind, String username, String detail) {
		this.securityLog.record(kind, username, SocleUser.current().getUsername(), null, detail);
	}

	/**
	 * The session holds the user's role and organisation as they were at login: a changed
	 * account must log in again (the admin's own session is kept). Sessions are found by
	 * user name, on whichever node they were opened.
	 */
	private void endSessions(User user) {
		if (user.getId() == SocleUser.current().id()) {
			return;
		}
		this.sessions.getAllSessions(user.getUsername(), false).forEach(SessionInformation::expireNow);
	}

	@Transactional(readOnly = true)
	String usernameOf(long id) {
		return find(id).getUsername();
	}

	private void apply(User user, UserForm form) {
		if (form.getRole() == Role.MANAGER && form.getOrganisationId() == null) {
			throw new NotAllowedException("A manager needs an organisation");
		}
		user.update(form.getDisplayName(), form.getEmail(), form.getRole(), form.getOrganisationId(), form.isEnabled());
	}

	/** An auditor covers the regions ticked; any other role covers none. */
	private void replaceRegions(long userId, UserForm form) {
		this.auditorRegions.deleteByUserId(userId);
		if (form.getRole() == Role.AUDITOR) {
			form.getRegionCodes().stream().distinct().forEach((code) -> this.auditorRegions.add(userId, code));
		}
	}

	private User find(long id) {
		return this.users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
	}

}
