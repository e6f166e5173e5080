package org.socle.assessment.workflow;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.socle.QueryCount;
import org.socle.SocleTest;
import org.socle.assessment.AssessmentFixtures;
import org.socle.assessment.AssessmentKind;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;
import org.socle.shared.export.ExportFiles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The assessment lists as CSV and XLSX: an establishment's assessments with the page's
 * access rules (another organisation's manager gets 404, a manager does not see audits in
 * progress) and the auditors' review queue (403 for a manager). Rolls back: queue rows
 * would disturb other tests' first pages.
 */
@SocleTest
@Transactional
class AssessmentExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	AssessmentFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anEstablishmentsAssessmentsWithThePagesAccessRules() throws Exception {
		long establishmentId = this.fixtures.establishment("AX Foyer export", this.identity.managerA().organisationId())
			.id();
		long self = this.fixtures.create(establishmentId, AssessmentKind.SELF, this.identity.managerA());
		long audit = this.fixtures.create(establishmentId, AssessmentKind.AUDIT, this.identity.auditor());
		String path = "/establishments/" + establishmentId + "/assessments/export.";

		List<List<String>> auditors = csv(this.identity.auditor(), path + "csv");
		assertThat(auditors.stream().skip(1).map((row) -> Long.valueOf(row.get(0)))).containsExactlyInAnyOrder(self,
				audit);
		assertThat(auditors.get(1)).contains("AX Foyer export", "Test Org A", "Brouillon");

		assertThat(csv(this.identity.managerA(), path + "csv").stream().skip(1).map((row) -> Long.valueOf(row.get(0))))
			.as("a manager does not see audits in progress")
			.containsExactly(self);
		this.mvc.perform(get(path + "csv").with(user(this.identity.managerB()))).andExpect(status().isNotFound());
		assertThat(ExportFiles.xlsx(download(this.identity.auditor(), path + "xlsx?lang=en")).get(1))
			.hasSize(auditors.get(0).size());

		this.mvc.perform(get("/establishments/" + establishmentId + "/assessments").with(user(this.identity.auditor())))
			.andExpect(content().string(containsString(path + "csv\"")));
	}

	@Test
	void theReviewQueueForAuditorsOnlyInOneStatement() throws Exception {
		long establishmentId = this.fixtures.establishment("AX Foyer revue", this.identity.managerA().organisationId())
			.id();
		long submitted = this.jdbc.queryForObject("""
				insert into assessment (establishment_id, standard_id, kind, status, reference_date, category,
				    creator_id, creator_name, submitted_at, created_at, updated_at)
				values (?, ?, 'SELF', 'SUBMITTED', date '2025-06-30', 'CHILDREN', ?, '=Formule', now(), now(), now())
				returning id
				""", Long.class, establishmentId, this.fixtures.standardId(), this.identity.managerA().id());

		List<String> line = csv(this.identity.auditor(), "/assessments/review/export.csv").stream()
			.filter((row) -> row.get(0).equals(String.valueOf(submitted)))
			.findFirst()
			.orElseThrow();
		assertThat(line).contains("AX Foyer revue", "Soumise", "'=Formule");
		this.mvc.perform(get("/assessments/review/export.csv").with(user(this.identity.managerA())))
			.andExpect(status().isForbidden());
		assertThat(QueryCount.of(this.mvc, get("/assessments/review/export.csv").with(user(this.identity.auditor()))))
			.isEqualTo(1);
		this.mvc.perform(get("/assessments/review").with(user(this.identity.auditor())))
			.andExpect(content().string(containsString("href=\"/assessments/review/export.xlsx\"")));
	}

	private List<List<String>> csv(SocleUser user, String url) throws Exception {
		return ExportFiles.csv(download(user, url));
	}

	private byte[] download(SocleUser user, String url) throws Exception {
		return this.mvc.perform(get(url).with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
