package org.socle.assessment.workflow;

import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.assessment.AssessmentFixtures;
import org.socle.assessment.AssessmentKind;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * No dead ends: while a self-assessment is in progress, a new one is not offered (the
 * draft is), not reachable by its address, and refused by the service.
 */
@SocleTest
class AssessmentDeadEndsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	AssessmentFixtures fixtures;

	@Test
	void aDraftInProgressIsOfferedInsteadOfANewSelfAssessment() throws Exception {
		SocleUser manager = this.identity.managerA();
		long establishmentId = this.fixtures.establishment("Sans impasse", manager.organisationId()).id();
		String before = list(establishmentId, manager);
		assertThat(before).contains("/assessments/new?kind=SELF");

		long draft = this.fixtures.create(establishmentId, AssessmentKind.SELF, manager);
		String after = list(establishmentId, manager);
		assertThat(after).doesNotContain("/assessments/new?kind=SELF")
			.containsPattern("class=\"btn btn-primary\"\\s+href=\"/assessments/" + draft + "\"")
			.contains("Reprendre l’auto-évaluation en cours");
		this.mvc
			.perform(get("/establishments/{id}/assessments/new", establishmentId).param("kind", "SELF")
				.with(user(manager)))
			.andExpect(redirectedUrl("/assessments/" + draft));
		assertThatThrownBy(() -> this.fixtures.create(establishmentId, AssessmentKind.SELF, manager))
			.isInstanceOf(AssessmentService.AlreadyInProgress.class);
	}

	private String list(long establishmentId, SocleUser manager) throws Exception {
		return this.mvc.perform(get("/establishments/{id}/assessments", establishmentId).with(user(manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
