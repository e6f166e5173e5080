package org.socle.identity.throttle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;
import org.socle.identity.securitylog.SecurityLog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Failed logins, and only those, lock an account name (existing or not) for a while, in
 * the database that every node shares; a successful login and an admin's unlock lift it.
 */
@SocleTest
class LoginThrottleTests {

	private static final String WRONG = "not-the-password";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JdbcClient jdbcClient;

	@Autowired
	SecurityLog securityLog;

	@Autowired
	DataSource dataSource;

	@Autowired
	LoginThrottle throttle;

	@Test
	void twentySuccessfulLoginsInARowNeverLock() throws Exception {
		this.fixtures.user("t-throttle-daily", Role.AUDITOR, null);
		for (int i = 0; i < 20; i++) {
			login("t-throttle-daily", IdentityFixtures.PASSWORD).andExpect(authenticated());
		}
		assertThat(buckets("account:t-throttle-daily")).isZero();
	}

	@Test
	void fiveFailuresLockTheAccountEvenAgainstTheRightPasswordWithATranslatedMessage() throws Exception {
		this.fixtures.user("t-throttle-guessed", Role.AUDITOR, null);
		for (int i = 1; i < 5; i++) {
			login("t-throttle-guessed", WRONG).andExpect(redirectedUrl("/login?error"));
		}
		login("t-throttle-guessed", WRONG).andExpect(redirectedUrl("/login?locked"));
		login("T-Throttle-Guessed ", IdentityFixtures.PASSWORD).andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked"));

		this.mvc.perform(get("/login?locked"))
			.andExpect(content().string(containsString("Trop d’échecs de connexion")));
		this.mvc.perform(get("/login?locked&lang=en"))
			.andExpect(content().string(containsString("Too many failed logins")));
		this.mvc.perform(get("/login?locked&lang=ar"))
			.andExpect(content().string(containsString("محاولات دخول فاشلة كثيرة")));
		assertThat(this.jdbc.queryForList(
				"select detail from security_event where username = 't-throttle-guessed' and kind = 'LOCKED_OUT'",
				String.class))
			.containsExactly("failures-per-account");
	}

	@Test
	void anUnknownAccountGetsTheSameAnswersInASimilarTime() throws Exception {
		this.fixtures.user("t-throttle-real", Role.AUDITOR, null);
		List<Long> real = new ArrayList<>();
		List<Long> unknown = new ArrayList<>();
		for (int i = 1; i < 5; i++) {
			real.add(timedFailure("t-throttle-real"));
			unknown.add(timedFailure("t-throttle-nobody"));
		}
		login("t-throttle-real", WRONG).andExpect(redirectedUrl("/login?locked"));
		login("t-throttle-nobody", WRONG).andExpect(redirectedUrl("/login?locked"));
		login("t-throttle-nobody", IdentityFixtures.PASSWORD).andExpect(redirectedUrl("/login?locked"));
		// both check a password hash (Spring Security hashes for unknown names too): no
		// shortcut
		// tells an unknown name from a wrong password
		assertThat(median(unknown)).isGreaterThan(median(real) / 3);
		assertThat(median(real)).isGreaterThan(median(unknown) / 3);
	}

	@Test
	void aSuccessfulLoginForgetsTheAccountsFailures() throws Exception {
		this.fixtures.user("t-throttle-typo", Role.AUDITOR, null);
		for (int round = 0; round < 3; round++) {
			for (int i = 1; i < 5; i++) {
				login("t-throttle-typo", WRONG).andExpect(redirectedUrl("/login?error"));
			}
			login("t-throttle-typo", IdentityFixtures.PASSWORD).andExpect(authenticated());
		}
	}

	@Test
	void anAdminSeesTheLockAndLiftsIt() throws Exception {
		SocleUser locked = this.fixtures.user("t-throttle-forgetful", Role.MANAGER,
				this.fixtures.organisation("Test Org A"));
		for (int i = 0; i < 5; i++) {
			login("t-throttle-forgetful", WRONG);
		}
		SocleUser admin = this.fixtures.admin();
		this.mvc.perform(get("/admin/users").param("q", "t-throttle-").with(user(admin)))
			.andExpect(content().string(containsString("Bloqué jusqu’à")))
			.andExpect(content().string(containsString("/admin/users/" + locked.id() + "/unlock")));
		this.mvc.perform(post("/admin/users/{id}/unlock", locked.id()).with(user(admin)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/users/{id}/unlock", locked.id()).with(user(this.fixtures.auditor())).with(csrf()))
			.andExpect(status().isForbidden());

		this.mvc.perform(post("/admin/users/{id}/unlock", locked.id()).with(user(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("success", "user.unlocked"));

		this.mvc.perform(get("/admin/users").param("q", "t-throttle-forgetful").with(user(admin)))
			.andExpect(content().string(not(containsString("Bloqué jusqu’à"))));
		login("t-throttle-forgetful", IdentityFixtures.PASSWORD).andExpect(authenticated());
		assertThat(this.jdbc.queryForList(
				"select actor from security_event where username = 't-throttle-forgetful' and kind = 'ACCOUNT_UNLOCKED'",
				String.class))
			.containsExactly("t-admin");
	}

	@Test
	void theCountIsInTheDatabaseSharedByEveryNode() throws Exception {
		this.fixtures.user("t-throttle-shared", Role.AUDITOR, null);
		LoginThrottle otherNode = new LoginThrottle(this.dataSource, this.jdbcClient, this.securityLog,
				Clock.systemUTC(), new LoginThrottleProperties());
		for (int i = 0; i < 3; i++) {
			login("t-throttle-shared", WRONG).andExpect(redirectedUrl("/login?error"));
		}
		assertThat(otherNode.recordFailure("t-throttle-shared", "192.0.2.10")).isFalse();
		assertThat(otherNode.recordFailure("t-throttle-shared", "192.0.2.10")).isTrue();

		login("t-throttle-shared", IdentityFixtures.PASSWORD).andExpect(redirectedUrl("/login?locked"));
		assertThat(otherNode.lockedUntil("t-throttle-shared", "198.51.100.1")).isPresent();
	}

	@Test
	void anAddressIsLockedAfterItsOwnMuchHigherLimitWhateverTheNames() {
		LoginThrottleProperties properties = new LoginThrottleProperties();
		properties.setAddress(List.of(new LoginThrottleProperties.Limit(8, Duration.ofMinutes(15))));
		LoginThrottle throttle = new LoginThrottle(this.dataSource, this.jdbcClient, this.securityLog,
				Clock.systemUTC(), properties);
		for (int i = 0; i < 7; i++) {
			assertThat(throttle.recordFailure("t-throttle-spray-" + i, "203.0.113.50")).isFalse();
		}
		assertThat(throttle.recordFailure("t-throttle-spray-7", "203.0.113.50")).isTrue();
		assertThat(throttle.lockedUntil("t-throttle-anyone", "203.0.113.50"))
			.hasValueSatisfying((until) -> assertThat(Duration.between(Instant.now(), until)).isPositive());
		assertThat(throttle.lockedUntil("t-throttle-anyone", "203.0.113.51")).isEmpty();
	}

	@Test
	void aBucketFullAgainIsDeletedByALaterFailure() throws InterruptedException {
		LoginThrottleProperties properties = new LoginThrottleProperties();
		properties.setAccount(List.of(new LoginThrottleProperties.Limit(3, Duration.ofSeconds(1))));
		LoginThrottle quick = new LoginThrottle(this.dataSource, this.jdbcClient, this.securityLog, Clock.systemUTC(),
				properties);
		quick.recordFailure("t-throttle-quick", null);
		assertThat(buckets("account:t-throttle-quick")).isOne();
		this.throttle.recordFailure("t-throttle-counting", null);

		Thread.sleep(1_500);
		this.throttle.recordFailure("t-throttle-later", null);
		assertThat(buckets("account:t-throttle-quick")).as("full again: nothing left to count").isZero();
		assertThat(buckets("account:t-throttle-counting")).as("still counting for 81 minutes").isOne();
	}

	private int buckets(String id) {
		return this.jdbc.queryForObject("select count(*) from login_throttle_bucket where id = ?", Integer.class, id);
	}

	private ResultActions login(String username, String password) throws Exception {
		return this.mvc.perform(formLogin().user(username).password(password));
	}

	/** Nanoseconds to answer "wrong username or password". */
	private long timedFailure(String username) throws Exception {
		long start = System.nanoTime();
		login(username, WRONG).andExpect(redirectedUrl("/login?error"));
		return System.nanoTime() - start;
	}

	private static long median(List<Long> values) {
		return values.stream().sorted().toList().get(values.size() / 2);
	}

}
