package org.socle.reporting.home;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.socle.QueryCount;
import org.socle.SocleTest;
import org.socle.assessment.AssessmentFixtures;
import org.socle.establishment.EstablishmentInfo;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Home pages show the assessment figures each role needs: the review queue for auditors,
 * drafts and overdue actions, within what the user may see.
 */
@SocleTest
@Transactional
class HomeFiguresTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	AssessmentFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void managersSeeTheirOverdueActionsAndOthersDoNot() throws Exception {
		SocleUser manager = this.identity.managerA();
		EstablishmentInfo e = this.fixtures.establishment("Accueil retards", manager.organisationId());
		long id = this.fixtures.validatedSelf(e.id(), manager, this.identity.auditor(), 2, AssessmentFixtures.D);
		this.jdbc.update("update action_item set due_date = ? where assessment_id = ?", LocalDate.of(2000, 1, 1), id);
		String title = this.jdbc.queryForObject(
				"select title_fr from standard_indicator where standard_id = ? and code = 'D1.C1.I1'", String.class,
				this.fixtures.standardId());
		this.mvc.perform(get("/").with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/establishments/" + e.id() + "/assessments")))
			.andExpect(content().string(containsString(
					HtmlUtils.htmlEscape("Accueil retards · D1.C1.I1 " + title + " · échue le 01/01/2000", "UTF-8"))));
		this.mvc.perform(get("/").with(user(this.identity.managerB())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Accueil retards"))));
		this.mvc.perform(get("/").with(user(this.identity.auditor())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/assessments/review")));
		assertThat(QueryCount.of(this.mvc, get("/").with(user(this.identity.auditor())))).isLessThanOrEqualTo(3);
	}

}
