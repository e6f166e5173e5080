package org.socle.identity.users;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socle.identity.LoginHints;
import org.socle.SocleTest;
import org.socle.identity.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs in a rolled-back transaction: the users of the shared test database are removed
 * only for the duration of each test.
 */
@SocleTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTests {

	private static final Pattern GENERATED = Pattern.compile("generated password: (\\S+)");

	@Autowired
	UserRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@BeforeEach
	void noUsers() {
		this.users.deleteAllInBatch();
	}

	@Test
	void firstStartUsesSocleAdminPassword(CapturedOutput output) {
		AdminBootstrap bootstrap = new AdminBootstrap(this.users, this.passwordEncoder, "from-the-environment",
				new LoginHints());

		assertThat(bootstrap.bootstrapIfNoUsers()).isTrue();

		User admin = this.users.findByUsername("admin").orElseThrow();
		assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
		assertThat(this.passwordEncoder.matches("from-the-environment", admin.toSocleUser().getPassword())).isTrue();
		assertThat(output).doesNotContain("from-the-environment");
	}

	@Test
	void firstStartWithoutPasswordGeneratesOneAndLogsItOnce(CapturedOutput output) {
		LoginHints hints = new LoginHints();
		AdminBootstrap bootstrap = new AdminBootstrap(this.users, this.passwordEncoder, "", hints);
		int logSoFar = output.getAll().length();

		assertThat(bootstrap.bootstrapIfNoUsers()).isTrue();
		assertThat(bootstrap.bootstrapIfNoUsers()).isFalse();

		Matcher matcher = GENERATED.matcher(output.getAll().substring(logSoFar));
		assertThat(matcher.find()).isTrue();
		String password = matcher.group(1);
		assertThat(password).hasSizeGreaterThanOrEqualTo(16);
		assertThat(matcher.find()).as("the password is printed only once").isFalse();
		User admin = this.users.findByUsername("admin").orElseThrow();
		assertThat(this.passwordEncoder.matches(password, admin.toSocleUser().getPassword())).isTrue();
		assertThat(this.users.count()).isEqualTo(1);
		assertThat(hints.all()).as("what the ready line will say")
			.containsExactly("admin with the generated password shown above in this log");
	}

}
