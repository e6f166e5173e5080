package org.socle.identity.users;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.identity.LoginHints;
import org.socle.identity.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * On a first start with no users, creates the {@code admin} account, with
 * {@code SOCLE_ADMIN_PASSWORD} or a generated password printed once in the log.
 */
@Component
@Order(200)
public class AdminBootstrap implements ApplicationRunner {

	/** The first administrator's username (the demo data's admin too). */
	public static final String ADMIN_USERNAME = "admin";

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final String configuredPassword;

	private final LoginHints hints;

	AdminBootstrap(UserRepository users, PasswordEncoder passwordEncoder,
			@Value("${socle.admin.password:${SOCLE_ADMIN_PASSWORD:}}") String configuredPassword, LoginHints hints) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.configuredPassword = configuredPassword;
		this.hints = hints;
	}

	@Override
	public void run(ApplicationArguments args) {
		bootstrapIfNoUsers();
	}

	/** Returns whether an admin was created. */
	@Transactional
	boolean bootstrapIfNoUsers() {
		if (this.users.count() > 0) {
			return false;
		}
		String password = this.configuredPassword;
		if (!StringUtils.hasText(password)) {
			password = generatePassword();
			log.warn(
					"Created the first administrator '{}' with the generated password: {} "
							+ "(shown only this once; change it, or set SOCLE_ADMIN_PASSWORD before the first start)",
					ADMIN_USERNAME, password);
			this.hints.add(ADMIN_USERNAME + " with the generated password shown above in this log");
		}
		else {
			log.info("Created the first administrator '{}' with the password from SOCLE_ADMIN_PASSWORD",
					ADMIN_USERNAME);
			this.hints.add(ADMIN_USERNAME + " with the password from SOCLE_ADMIN_PASSWORD");
		}
		User admin = new User(ADMIN_USERNAME, this.passwordEncoder.encode(password));
		admin.update("Administrateur", "admin@localhost", Role.ADMIN, null, true);
		this.users.save(admin);
		return true;
	}

	private static String generatePassword() {
		byte[] bytes = new byte[15];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
