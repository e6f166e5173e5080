package org.socle.notification;

import org.junit.jupiter.api.Test;
import org.socle.QueryCount;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bell, the notifications page and marking notices read: each user sees only their
 * own.
 */
@SocleTest
class NotificationPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	NotificationFixtures notices;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theBellCountsTheUsersUnreadNoticesAndThePageListsOnlyTheirsNewestFirst() throws Exception {
		SocleUser reader = this.identity.user("t-notice-reader", Role.MANAGER,
				this.identity.organisation("Test Org A"));
		SocleUser other = this.identity.user("t-notice-other", Role.AUDITOR, null);
		this.notices.notice(reader, "page:1", "Older home");
		this.notices.notice(reader, "page:2", "Newer home");
		this.notices.notice(other, "page:1", "Someone else's home");
		this.jdbc
			.update("update notification set created_at = created_at - interval '1 hour' where event_key = 'page:1'");

		this.mvc.perform(get("/notifications/bell").with(user(reader)))
			.andExpect(content().string(containsString("aria-label=\"Notifications : 2 non lues\"")))
			.andExpect(content().string(containsString(">2</span>")))
			.andExpect(content().string(not(containsString("hx-get"))));
		String page = this.mvc.perform(get("/notifications").with(user(reader)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Someone else"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.indexOf("Newer home")).isPositive().isLessThan(page.indexOf("Older home"));
		assertThat(page).contains("href=\"/assessments/1\"");
	}

	@Test
	void aNoticeIsMarkedReadByItsRecipientOnlyAnotherUsersIdIsNotFound() throws Exception {
		SocleUser reader = this.identity.user("t-notice-mark", Role.AUDITOR, null);
		SocleUser other = this.identity.user("t-notice-mark-other", Role.AUDITOR, null);
		long mine = this.notices.notice(reader, "mark:1", "Mine");
		long theirs = this.notices.notice(other, "mark:1", "Theirs");

		this.mvc.perform(post("/notifications/" + theirs + "/read").with(csrf()).with(user(reader)))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/notifications/" + mine + "/read").with(user(reader))).andExpect(status().isForbidden());
		this.mvc.perform(post("/notifications/" + mine + "/read").with(csrf()).with(user(reader)))
			.andExpect(redirectedUrl("/notifications"));

		assertThat(readAt(mine)).isTrue();
		assertThat(readAt(theirs)).isFalse();
		this.mvc.perform(get("/notifications/bell").with(user(reader)))
			.andExpect(content().string(not(containsString("class=\"position-absolute"))));
	}

	@Test
	void markAllReadTouchesOnlyTheUsersNotices() throws Exception {
		SocleUser reader = this.identity.user("t-notice-all", Role.AUDITOR, null);
		SocleUser other = this.identity.user("t-notice-all-other", Role.AUDITOR, null);
		long first = this.notices.notice(reader, "all:1", "One");
		long second = this.notices.notice(reader, "all:2", "Two");
		long theirs = this.notices.notice(other, "all:1", "Theirs");

		this.mvc.perform(post("/notifications/read").with(csrf()).with(user(reader)))
			.andExpect(redirectedUrl("/notifications"));

		assertThat(readAt(first)).isTrue();
		assertThat(readAt(second)).isTrue();
		assertThat(readAt(theirs)).isFalse();
	}

	@Test
	void thePageRunsTheSameFewStatementsWhateverTheNumberOfNotices() throws Exception {
		SocleUser some = this.identity.user("t-notice-some", Role.AUDITOR, null);
		SocleUser many = this.identity.user("t-notice-many", Role.AUDITOR, null);
		insertNotices(some, 25);
		insertNotices(many, 250);
		QueryCount.of(this.mvc, get("/notifications").with(user(some)));
		long two = QueryCount.of(this.mvc, get("/notifications").with(user(some)));
		long thirteen = QueryCount.of(this.mvc, get("/notifications").param("page", "3").with(user(many)));
		// the page, its count (the bell comes after the page)
		assertThat(thirteen).isEqualTo(two).isLessThanOrEqualTo(2);
	}

	/**
	 * A page shows the bell without its count, and asks for it once loaded: the page runs
	 * no statement for the bell, the bell one.
	 */
	@Test
	void pagesAskForTheBellOnceLoadedAndTheBellRunsOneStatement() throws Exception {
		SocleUser reader = this.identity.user("t-notice-lazy", Role.AUDITOR, null);
		this.notices.notice(reader, "lazy:1", "Later");

		this.mvc.perform(get("/").with(user(reader)))
			.andExpect(content().string(containsString("hx-get=\"/notifications/bell\" hx-trigger=\"load\"")))
			.andExpect(content().string(containsString("aria-label=\"Notifications\"")))
			.andExpect(content().string(not(containsString("non lues"))));
		QueryCount.of(this.mvc, get("/notifications/bell").with(user(reader)));
		assertThat(QueryCount.of(this.mvc, get("/notifications/bell").with(user(reader)))).isEqualTo(1);
	}

	@Test
	void anonymousPagesNeverAskForTheBell() throws Exception {
		assertThat(QueryCount.of(this.mvc, get("/login"))).isZero();
	}

	private void insertNotices(SocleUser user, int count) {
		this.jdbc.update("""
				INSERT INTO notification (event_key, recipient_id, type, arguments, link, created_at)
				SELECT 'bulk:' || n, ?, 'ACTION_OVERDUE', ARRAY['Home ' || n], '/establishments/1', now()
				FROM generate_series(1, ?) AS n
				""", user.id(), count);
	}

	private boolean readAt(long id) {
		return this.jdbc.queryForObject("select read_at is not null from notification where id = ?", Boolean.class, id);
	}

}
