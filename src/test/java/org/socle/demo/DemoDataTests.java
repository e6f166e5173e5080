package org.socle.demo;

import org.junit.jupiter.api.Test;
import org.socle.SocleTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

@SocleTest
class DemoDataTests {

	@Autowired
	DemoDataLoader loader;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	/**
	 * Transactional: the bootstrap admin of the test context is replaced by the demo one.
	 */
	@Test
	@Transactional
	void demoDataLoadsOnceAndItsUsersLogInWithTheDemoPassword() throws Exception {
		this.jdbc.update("delete from app_user where username = 'admin'");
		this.loader.load();
		this.loader.load();

		assertThat(count(
				"select count(*) from app_user where username in ('admin', 'auditor', 'auditor2', 'manager', 'manager2')"))
			.isEqualTo(5);
		assertThat(
				count("""
						select count(*) from assessment a
						join app_user c on c.id = a.creator_id
						where c.username in ('admin', 'auditor', 'auditor2', 'manager', 'manager2')
						  and (a.reviewer_id = a.creator_id
						   or exists (select 1 from assessment_author w where w.assessment_id = a.id and w.user_id = a.reviewer_id))
						"""))
			.as("four eyes: nobody reviews what they created or answered")
			.isZero();
		assertThat(count("select count(distinct organisation_id) from app_user where username like 'manager%'"))
			.isEqualTo(2);
		assertThat(count("select count(distinct region_code) from organisation where name in "
				+ "(select name from organisation where id in (select organisation_id from app_user))"))
			.isGreaterThanOrEqualTo(2);
		for (String user : new String[] { "admin", "auditor", "auditor2", "manager", "manager2" }) {
			this.mvc.perform(formLogin().user(user).password("socle-demo")).andExpect(authenticated());
		}
	}

	@Test
	void demoDataDefaultsOnOnlyForTheEmbeddedDatabase() {
		assertThat(enabled(new MockEnvironment())).isTrue();
		assertThat(enabled(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/socle")))
			.isFalse();
		assertThat(enabled(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/socle")
			.withProperty("socle.demo", "true"))).isTrue();
		assertThat(enabled(new MockEnvironment().withProperty("socle.demo", "false"))).isFalse();
	}

	private boolean enabled(MockEnvironment environment) {
		return new DemoDataLoader(environment, java.util.List.of()).isEnabled();
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
