package org.socle.identity.login;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.socle.BrowserSession;
import org.socle.QueryCount;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a logged-in page costs in the session store (docs/performance.md, "The per-request
 * cost of every page"): one read of its session, and no write unless something changed or
 * its last access is a minute old; the idle timeout is never cut short.
 */
@SocleTest
class SessionStoreTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPageWritesNothingToItsSessionWithinAMinuteOfTheLastWrite() throws Exception {
		BrowserSession browser = loggedIn("t-store-read");
		browser.perform(get("/")).andExpect(status().isOk());

		List<String> statements = QueryCount.sessionStatements(this.mvc, browser.request(get("/")));

		// no write, one read: Spring Session's registry in ConcurrentSessionFilter would
		// read it again (LoadedSessionRegistry), and so would Spring Session's second
		// commit, after the one made when the page was flushed (SessionReadScopeFilter)
		assertThat(statements).as("one read only")
			.hasSize(1)
			.allSatisfy((sql) -> assertThat(sql.strip()).startsWithIgnoringCase("select"));
	}

	@Test
	void theLastAccessIsWrittenOnceAMinuteOldAndTheStoredExpiryNeverComesBeforeTheTimeout() throws Exception {
		BrowserSession browser = loggedIn("t-store-write");
		long timeout = 30 * 60 * 1000;
		assertThat(this.jdbc.queryForObject(
				"select max_inactive_interval from spring_session where principal_name = 't-store-write'", Long.class))
			.as("the timeout plus the step of the access time, in seconds")
			.isEqualTo(timeout / 1000 + CoarseAccessTimeSessionRepository.STEP.toSeconds());
		this.jdbc.update("""
				update spring_session set last_access_time = last_access_time - 90 * 1000,
				expiry_time = expiry_time - 90 * 1000 where principal_name = 't-store-write'""");

		long before = System.currentTimeMillis();
		List<String> statements = QueryCount.sessionStatements(this.mvc, browser.request(get("/")));

		assertThat(statements).filteredOn((sql) -> sql.strip().toLowerCase().startsWith("update")).hasSize(1);
		assertThat(this.jdbc.queryForObject(
				"select expiry_time from spring_session where principal_name = 't-store-write'", Long.class))
			.isGreaterThanOrEqualTo(before + timeout);
		assertThat(QueryCount.sessionStatements(this.mvc, browser.request(get("/"))))
			.as("written again only a minute later")
			.noneMatch((sql) -> sql.strip().toLowerCase().startsWith("update"));
	}

	private BrowserSession loggedIn(String username) throws Exception {
		this.identity.user(username, Role.AUDITOR, null);
		BrowserSession browser = new BrowserSession(this.mvc);
		browser.perform(formLogin().user(username).password(IdentityFixtures.PASSWORD)).andExpect(authenticated());
		return browser;
	}

}
