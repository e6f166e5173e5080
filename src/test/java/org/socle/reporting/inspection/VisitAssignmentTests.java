package org.socle.reporting.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;
import org.socle.shared.export.ExportFiles;
import org.socle.shared.web.Formats;

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
 * Auditors plan visits for themselves or a colleague, change and cancel them, record them
 * done; the plan, its filters, its export and the dashboard's map show them; the trail
 * says who did what.
 */
@SocleTest
class VisitAssignmentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	InspectionFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	Formats formats;

	long establishment;

	SocleUser auditor;

	SocleUser colleague;

	LocalDate today;

	@BeforeEach
	void world() {
		this.establishment = this.fixtures.world().ratedC();
		this.auditor = this.identity.auditor();
		this.colleague = this.identity.auditor2();
		this.today = LocalDate.now(this.clock);
		this.jdbc.update("DELETE FROM inspection_visit_event WHERE visit_id IN "
				+ "(SELECT id FROM inspection_visit WHERE establishment_id = ?)", this.establishment);
		this.jdbc.update("DELETE FROM inspection_visit WHERE establishment_id = ?", this.establishment);
	}

	@Test
	void anAuditorPlansChangesAndCancelsAVisitWithItsTrail() throws Exception {
		// to themselves (no auditor chosen), in ten days
		this.mvc
			.perform(post(visitPath()).param("plannedOn", this.today.plusDays(10).toString())
				.with(user(this.auditor))
				.with(csrf()))
			.andExpect(redirectedUrl("/inspections/establishments/" + this.establishment));
		Map<String, Object> visit = visit();
		assertThat(visit).containsEntry("auditor_id", this.auditor.id())
			.containsEntry("planned_on", java.sql.Date.valueOf(this.today.plusDays(10)));

		// then to a colleague, from the form read at version 0
		this.mvc
			.perform(post(visitPath()).param("auditorId", String.valueOf(this.colleague.id()))
				.param("plannedOn", this.today.plusDays(20).toString())
				.param("version", "0")
				.with(user(this.auditor))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(visit()).containsEntry("auditor_id", this.colleague.id());

		// a second change from the stale form: refused, typed values kept
		this.mvc
			.perform(post(visitPath()).param("auditorId", String.valueOf(this.auditor.id()))
				.param("plannedOn", this.today.plusDays(30).toString())
				.param("version", "0")
				.with(user(this.colleague))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("modifiée par")))
			.andExpect(content().string(containsString("value=\"" + shown(this.today.plusDays(30)) + "\"")));
		assertThat(visit()).containsEntry("auditor_id", this.colleague.id());

		// the plan shows it, filtered on assigned visits and on "mine"
		assertThat(names("assignment=ASSIGNED", this.auditor)).contains("IN Foyer moyen");
		assertThat(names("assignment=UNASSIGNED", this.auditor)).doesNotContain("IN Foyer moyen");
		assertThat(names("assignment=MINE", this.colleague)).contains("IN Foyer moyen");
		assertThat(names("assignment=MINE", this.auditor)).doesNotContain("IN Foyer moyen");
		// a marker where the establishment's coordinates are recorded (Guelmim)
		this.jdbc.update("UPDATE establishment SET latitude = 28.98, longitude = -10.06 WHERE id = ?",
				this.establishment);
		this.mvc.perform(get("/dashboard?region=MA-10").with(user(this.auditor)))
			.andExpect(content().string(containsString("data-visit=\"" + this.establishment + "\"")))
			.andExpect(content().string(containsString("id=\"map-visits\"")));

		// cancelled by the colleague
		long version = ((Number) visit().get("version")).longValue();
		this.mvc
			.perform(post(visitPath() + "/cancel").param("version", String.valueOf(version))
				.with(user(this.colleague))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM inspection_visit WHERE establishment_id = ? " + "AND status = 'PLANNED'",
				Long.class, this.establishment))
			.isZero();
		assertThat(names("assignment=UNASSIGNED", this.auditor)).contains("IN Foyer moyen");

		List<String> trail = this.jdbc.queryForList("""
				SELECT ev.action || ' by ' || ev.actor_name || ' to ' || ev.auditor_name FROM inspection_visit_event ev
				JOIN inspection_visit v ON v.id = ev.visit_id WHERE v.establishment_id = ? ORDER BY ev.id
				""", String.class, this.establishment);
		assertThat(trail).containsExactly("ASSIGNED by Test t-auditor to Test t-auditor",
				"CHANGED by Test t-auditor to Test t-auditor-2", "CANCELLED by Test t-auditor-2 to Test t-auditor-2");
		this.mvc.perform(get("/inspections/establishments/" + this.establishment).with(user(this.auditor)))
			.andExpect(content().string(containsString("Test t-auditor a confié la visite à Test t-auditor")))
			.andExpect(content().string(containsString("Test t-auditor-2 a annulé la visite")));
	}

	@Test
	void aDateInThePastOrANonAuditorIsRefusedWithTheInputKept() throws Exception {
		String yesterday = this.today.minusDays(1).toString();
		this.mvc.perform(post(visitPath()).param("plannedOn", yesterday).with(user(this.auditor)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("La date prévue ne peut pas être passée.")))
			.andExpect(content().string(containsString("value=\"" + yesterday + "\"")));
		this.mvc.perform(
				post(visitPath() + "?lang=ar").param("plannedOn", "31/02/2027").with(user(this.auditor)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"31/02/2027\"")))
			.andExpect(content().string(not(containsString("Date invalide"))));
		this.mvc
			.perform(post(visitPath()).param("auditorId", String.valueOf(this.identity.managerA().id()))
				.param("plannedOn", this.today.plusDays(3).toString())
				.with(user(this.identity.admin()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choisissez un auditeur dans la liste.")));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM inspection_visit WHERE establishment_id = ?",
				Long.class, this.establishment))
			.isZero();
	}

	/**
	 * A planned visit recorded done by a colleague: a day in the future or a stale form
	 * is refused with the input kept; once done it leaves the map and "visit planned",
	 * stays under "my visits" and in the plan with its day, is in the trail, and changes
	 * nothing in the risk score. A new visit can then be planned.
	 */
	@Test
	void aPlannedVisitIsRecordedDone() throws Exception {
		LocalDate yesterday = this.today.minusDays(1);
		this.jdbc.update("UPDATE establishment SET latitude = 28.98, longitude = -10.06 WHERE id = ?",
				this.establishment);
		this.mvc
			.perform(post(visitPath()).param("plannedOn", this.today.plusDays(3).toString())
				.with(user(this.auditor))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		int risk = riskScore();
		String version = String.valueOf(visit().get("version"));
		String page = this.mvc
			.perform(get("/inspections/establishments/" + this.establishment).with(user(this.colleague)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.substring(page.indexOf("id=\"visit-done\""))).as("today, at the visit's version")
			.contains("name=\"version\" value=\"" + version + "\"", "value=\"" + this.today + "\"");

		this.mvc
			.perform(post(visitPath() + "/done").param("doneOn", this.today.plusDays(1).toString())
				.param("version", version)
				.with(user(this.colleague))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("La date de la visite ne peut pas être dans le futur.")))
			.andExpect(content().string(containsString("value=\"" + this.today.plusDays(1) + "\"")));
		this.mvc
			.perform(post(visitPath() + "/done").param("doneOn", yesterday.toString())
				.param("version", "99")
				.with(user(this.colleague))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("modifiée par")))
			.andExpect(content().string(containsString("value=\"" + yesterday + "\"")));
		assertThat(visit()).as("still planned").containsEntry("auditor_id", this.auditor.id());

		this.mvc
			.perform(post(visitPath() + "/done").param("doneOn", yesterday.toString())
				.param("version", version)
				.with(user(this.colleague))
				.with(csrf()))
			.andExpect(redirectedUrl("/inspections/establishments/" + this.establishment));
		assertThat(this.jdbc.queryForMap(
				"SELECT status, done_on, auditor_id FROM inspection_visit WHERE establishment_id = ? ORDER BY id DESC LIMIT 1",
				this.establishment))
			.containsEntry("status", "DONE")
			.containsEntry("done_on", java.sql.Date.valueOf(yesterday))
			.containsEntry("auditor_id", this.auditor.id());

		assertThat(names("assignment=ASSIGNED", this.auditor)).doesNotContain("IN Foyer moyen");
		assertThat(names("assignment=UNASSIGNED", this.auditor)).contains("IN Foyer moyen");
		List<String> mine = ExportFiles
			.csv(this.mvc.perform(get("/inspections/export.csv?region=MA-10&assignment=MINE").with(user(this.auditor)))
				.andReturn()
				.getResponse()
				.getContentAsByteArray())
			.stream()
			.filter((row) -> row.get(1).equals("IN Foyer moyen"))
			.findFirst()
			.orElseThrow();
		assertThat(mine.subList(6, 9)).containsExactly("Test t-auditor", this.today.plusDays(3).toString(),
				yesterday.toString());
		this.mvc.perform(get("/inspections?region=MA-10&assignment=MINE").with(user(this.auditor)))
			.andExpect(content().string(containsString("Visite effectuée le " + this.formats.date(yesterday))));
		this.mvc.perform(get("/dashboard?region=MA-10").with(user(this.auditor)))
			.andExpect(content().string(not(containsString("data-visit=\"" + this.establishment + "\""))));
		this.mvc.perform(get("/inspections/establishments/" + this.establishment).with(user(this.auditor)))
			.andExpect(content()
				.string(containsString("Visite effectuée par Test t-auditor le " + this.formats.date(yesterday) + ".")))
			.andExpect(content()
				.string(containsString("Test t-auditor-2 a noté la visite de Test t-auditor effectuée le "
						+ this.formats.date(yesterday) + " (prévue le " + this.formats.date(this.today.plusDays(3)))))
			.andExpect(content().string(not(containsString("id=\"visit-done\""))));
		assertThat(riskScore()).as("a visit done lowers nothing").isEqualTo(risk);

		// nothing planned any more: nothing to record done; a new visit can be planned
		this.mvc
			.perform(post(visitPath() + "/done").param("doneOn", yesterday.toString())
				.param("version", version)
				.with(user(this.auditor))
				.with(csrf()))
			.andExpect(redirectedUrl("/inspections/establishments/" + this.establishment));
		this.mvc
			.perform(post(visitPath()).param("plannedOn", this.today.plusDays(30).toString())
				.with(user(this.auditor))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(names("assignment=ASSIGNED", this.auditor)).contains("IN Foyer moyen");
	}

	@Test
	void theExportHoldsTheFilteredPlanWithReasonsAndVisits() throws Exception {
		this.mvc.perform(post(visitPath()).param("plannedOn", this.today.plusDays(5).toString())
			.with(user(this.auditor))
			.with(csrf()));
		List<List<String>> rows = ExportFiles
			.csv(this.mvc.perform(get("/inspections/export.csv?region=MA-10&category=ELDERLY").with(user(this.auditor)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray());
		assertThat(rows.get(0)).containsExactly("Identifiant", "Établissement", "Région", "Catégorie",
				"Score de risque", "Principales raisons", "Auditeur", "Date prévue", "Visite effectuée le");
		List<String> moyen = rows.stream()
			.filter((row) -> row.get(1).equals("IN Foyer moyen"))
			.findFirst()
			.orElseThrow();
		assertThat(moyen).containsExactly(String.valueOf(this.establishment), "IN Foyer moyen", "Guelmim-Oued Noun",
				"Personnes âgées", "10", "Dernière notation : C (À améliorer) (10)", "Test t-auditor",
				this.today.plusDays(5).toString(), "");
		assertThat(rows).noneMatch((row) -> row.get(1).startsWith("DX Foyer Oriental"));
	}

	/** A date as the form's date input shows it (ISO). */
	private static String shown(LocalDate date) {
		return date.toString();
	}

	private String visitPath() {
		return "/inspections/establishments/" + this.establishment + "/visit";
	}

	private Map<String, Object> visit() {
		return this.jdbc.queryForMap(
				"SELECT auditor_id, planned_on, version FROM inspection_visit WHERE establishment_id = ? AND status = 'PLANNED'",
				this.establishment);
	}

	private int riskScore() throws Exception {
		return ((InspectionPlan.Explanation) this.mvc
			.perform(get("/inspections/establishments/" + this.establishment).with(user(this.auditor)))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("explanation")).row().riskScore();
	}

	private List<String> names(String query, SocleUser user) throws Exception {
		return ExportFiles
			.csv(this.mvc.perform(get("/inspections/export.csv?region=MA-10&" + query).with(user(user)))
				.andReturn()
				.getResponse()
				.getContentAsByteArray())
			.stream()
			.skip(1)
			.map((row) -> row.get(1))
			.toList();
	}

}
