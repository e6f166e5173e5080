package org.socle.assessment.workflow;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.assessment.AssessmentFixtures;
import org.socle.assessment.AssessmentKind;
import org.socle.establishment.EstablishmentInfo;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Four eyes: nobody who created or changed an assessment takes it for review, returns it
 * or validates it, whatever their role; the page says why instead of offering the
 * buttons.
 */
@SocleTest
class FourEyesTests {

	private static final String BARRED = "un autre auditeur la prend en revue";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	AssessmentFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	SocleUser auditor;

	SocleUser auditor2;

	@BeforeEach
	void users() {
		this.auditor = this.identity.auditor();
		this.auditor2 = this.identity.auditor2();
	}

	@Test
	void theAuditorWhoFilledAnAuditCannotReviewItASecondAuditorValidatesIt() throws Exception {
		long audit = submittedAudit("Quatre yeux audit", this.auditor, this.auditor);

		this.mvc.perform(get("/assessments/{id}", audit).with(user(this.auditor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(BARRED)))
			.andExpect(content().string(not(containsString("/assessments/" + audit + "/take"))));
		step(audit, "take", this.auditor).andExpect(status().isForbidden());
		assertThat(statusOf(audit)).isEqualTo("SUBMITTED");

		this.mvc.perform(get("/assessments/{id}", audit).with(user(this.auditor2)))
			.andExpect(content().string(not(containsString(BARRED))))
			.andExpect(content().string(containsString("/assessments/" + audit + "/take")));
		step(audit, "take", this.auditor2).andExpect(status().is3xxRedirection());
		step(audit, "validate", this.auditor2).andExpect(status().is3xxRedirection());
		assertThat(statusOf(audit)).isEqualTo("VALIDATED");
	}

	@Test
	void anAuthorCannotValidateOrReturnWhatAnotherReviewerTook() throws Exception {
		long audit = submittedAudit("Quatre yeux prise", this.auditor, this.auditor);
		step(audit, "take", this.auditor2).andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/assessments/{id}", audit).with(user(this.auditor)))
			.andExpect(content().string(containsString(BARRED)))
			.andExpect(content().string(not(containsString("/assessments/" + audit + "/validate"))));
		step(audit, "validate", this.auditor).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/assessments/{id}/return", audit).param("version", version(audit))
				.param("comment", "À revoir")
				.with(user(this.auditor))
				.with(csrf()))
			.andExpect(status().isForbidden());
		// refused before the missing comment would be reported
		this.mvc
			.perform(post("/assessments/{id}/return", audit).param("version", version(audit))
				.with(user(this.auditor))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(statusOf(audit)).isEqualTo("IN_REVIEW");
	}

	@Test
	void answeringOneIndicatorMakesAnAuthorEvenWithoutCreatingIt() throws Exception {
		// auditor2 creates the audit, the first auditor only answers: both are authors
		long audit = submittedAudit("Quatre yeux réponse", this.auditor2, this.auditor);
		step(audit, "take", this.auditor).andExpect(status().isForbidden());
		step(audit, "take", this.auditor2).andExpect(status().isForbidden());
		// an admin who did not touch it is a second pair of eyes
		SocleUser admin = this.identity.admin();
		step(audit, "take", admin).andExpect(status().is3xxRedirection());
		step(audit, "validate", admin).andExpect(status().is3xxRedirection());
		assertThat(statusOf(audit)).isEqualTo("VALIDATED");
	}

	@Test
	void anAdminWhoChangedAManagersSelfAssessmentCannotValidateIt() throws Exception {
		SocleUser manager = this.identity.managerA();
		SocleUser admin = this.identity.admin();
		EstablishmentInfo e = this.fixtures.establishment("Quatre yeux admin", manager.organisationId());
		long self = this.fixtures.create(e.id(), AssessmentKind.SELF, manager);
		this.fixtures.answerTyped(self, manager, 3);
		this.fixtures.answerTyped(self, admin, 4);
		step(self, "submit", manager).andExpect(status().is3xxRedirection());

		step(self, "take", admin).andExpect(status().isForbidden());
		// the manager's self-assessment is validated by an auditor who did not touch it
		step(self, "take", this.auditor).andExpect(status().is3xxRedirection());
		step(self, "validate", this.auditor).andExpect(status().is3xxRedirection());
		assertThat(statusOf(self)).isEqualTo("VALIDATED");
	}

	/**
	 * An audit created by {@code creator}, answered and submitted by {@code answerer}.
	 */
	private long submittedAudit(String name, SocleUser creator, SocleUser answerer) throws Exception {
		EstablishmentInfo e = this.fixtures.establishment(name, this.identity.managerA().organisationId());
		long audit = this.fixtures.create(e.id(), AssessmentKind.AUDIT, creator);
		this.fixtures.answerTyped(audit, answerer, 3);
		step(audit, "submit", answerer).andExpect(status().is3xxRedirection());
		return audit;
	}

	private ResultActions step(long id, String step, SocleUser user) throws Exception {
		return this.mvc.perform(
				post("/assessments/{id}/{step}", id, step).param("version", version(id)).with(user(user)).with(csrf()));
	}

	private String version(long id) {
		return this.jdbc.queryForObject("select version from assessment where id = ?", Long.class, id).toString();
	}

	private String statusOf(long id) {
		return this.jdbc.queryForObject("select status from assessment where id = ?", String.class, id);
	}

}
