package org.socle.assessment.actionplan;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.assessment.AssessmentFixtures;
import org.socle.establishment.EstablishmentInfo;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;
import org.socle.shared.export.ExportFiles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An action plan as CSV and XLSX: its actions as on the page, for whoever may read the
 * plan; another organisation's manager gets 404.
 */
@SocleTest
class ActionPlanExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	AssessmentFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void thePlansActionsForItsReadersOnly() throws Exception {
		SocleUser manager = this.identity.managerA();
		EstablishmentInfo e = this.fixtures.establishment("Plan export", manager.organisationId());
		long id = this.fixtures.validatedSelf(e.id(), manager, this.identity.auditor(), 2, AssessmentFixtures.D);
		this.jdbc.update(
				"update action_item set title = '@Former les équipes', owner_name = 'Directrice' where assessment_id = ? and indicator_code = 'D1.C1.I2'",
				id);
		int actions = this.jdbc.queryForObject("select count(*) from action_item where assessment_id = ?",
				Integer.class, id);
		String path = "/assessments/" + id + "/actions/export.";

		List<List<String>> rows = ExportFiles.csv(download(manager, path + "csv"));
		assertThat(rows).hasSize(actions + 1);
		assertThat(rows.get(0)).startsWith("Identifiant", "Indicateur", "Niveau à la validation");
		List<String> d1 = rows.stream().filter((row) -> row.get(1).equals("D1.C1.I2")).findFirst().orElseThrow();
		assertThat(d1.subList(2, 5)).containsExactly("2", "'@Former les équipes", "Directrice");
		assertThat(d1.get(6)).isEqualTo("À faire");
		assertThat(rows.get(1).get(3)).as("a proposed action without a title reads as on the page").isNotBlank();
		assertThat(ExportFiles.xlsx(download(this.identity.auditor(), path + "xlsx?lang=ar"))).hasSize(actions + 1);

		this.mvc.perform(get(path + "csv").with(user(this.identity.managerB()))).andExpect(status().isNotFound());
		this.mvc.perform(get("/assessments/" + id + "/actions").with(user(manager)))
			.andExpect(content().string(containsString("href=\"" + path + "xlsx\"")));
	}

	private byte[] download(SocleUser user, String url) throws Exception {
		return this.mvc.perform(get(url).with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
