package org.socle.assessment.workflow;

import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.QueryCount;
import org.socle.SocleTest;
import org.socle.assessment.AssessmentFixtures;
import org.socle.assessment.AssessmentKind;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The assessment page's data is kept under the versions of what it reads: a repeated
 * request runs the access check and one statement, and a change, written as any node
 * would write it (plain SQL), to anything the page or its live contradiction check reads
 * gives a new version.
 */
@SocleTest
class KeptAssessmentPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	AssessmentFixtures fixtures;

	@Autowired
	AssessmentReader reader;

	@Autowired
	JdbcTemplate jdbc;

	SocleUser manager;

	long establishment;

	long id;

	@BeforeEach
	void draft() {
		this.manager = this.identity.managerA();
		this.establishment = this.fixtures
			.establishment("Pages gardées " + System.nanoTime(), this.manager.organisationId())
			.id();
		this.id = this.fixtures.create(this.establishment, AssessmentKind.SELF, this.manager);
		SecurityContextHolder.getContext()
			.setAuthentication(
					new UsernamePasswordAuthenticationToken(this.manager, null, this.manager.getAuthorities()));
	}

	@AfterEach
	void nobody() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aRepeatedPageRunsTheVersionsOnly() throws Exception {
		long first = QueryCount.of(this.mvc, get("/assessments/{id}", this.id).with(user(this.manager)));
		long again = QueryCount.of(this.mvc, get("/assessments/{id}", this.id).with(user(this.manager)));
		assertThat(again).isLessThan(first).isLessThanOrEqualTo(3);
	}

	@Test
	void aUserMovedToAnotherOrganisationIsCheckedAgain() throws Exception {
		this.mvc.perform(get("/assessments/{id}", this.id).with(user(this.manager))).andExpect(status().isOk());
		SocleUser moved = new SocleUser(this.manager.id(), this.manager.getUsername(), this.manager.displayName(),
				Role.MANAGER, this.identity.organisation("Test Org B"), true, "unused");
		this.mvc.perform(get("/assessments/{id}", this.id).with(user(moved))).andExpect(status().isNotFound());
	}

	@Test
	void everyRecordThePageOrItsLiveCheckReadsMovesTheVersion() {
		assertMoves(() -> this.jdbc.update("UPDATE assessment SET version = version + 1 WHERE id = ?", this.id));
		assertMoves(() -> this.jdbc.update("INSERT INTO assessment_event (assessment_id, to_status, actor_id, "
				+ "actor_name, occurred_at, created_at, updated_at, version) VALUES (?, 'DRAFT', ?, 'x', now(), now(), "
				+ "now(), 0)", this.id, this.manager.id()));
		assertMoves(
				() -> this.jdbc.update(
						"INSERT INTO committee_meeting (establishment_id, meeting_date, created_at, "
								+ "updated_at, version) VALUES (?, current_date, now(), now(), 0)",
						this.establishment));
		assertMoves(() -> this.jdbc.update("UPDATE establishment SET director_name = 'Mme Directrice' WHERE id = ?",
				this.establishment));
		assertMoves(() -> this.jdbc.update("UPDATE establishment SET name_fr = name_fr || ' bis' WHERE id = ?",
				this.establishment));
		assertMoves(() -> this.jdbc.update("UPDATE contradiction_rule SET enabled = NOT enabled "
				+ "WHERE id = (SELECT min(id) FROM contradiction_rule)"));
		assertMoves(() -> this.jdbc.update("UPDATE contradiction_rule SET enabled = NOT enabled "
				+ "WHERE id = (SELECT min(id) FROM contradiction_rule)"));
		String before = this.reader.pageVersion(this.id);
		this.jdbc.update("UPDATE establishment SET director_phone = '0539000000' WHERE id = ?", this.establishment);
		assertThat(this.reader.pageVersion(this.id)).as("a column nothing on the page reads").isEqualTo(before);
	}

	private void assertMoves(Supplier<Integer> change) {
		String before = this.reader.pageVersion(this.id);
		assertThat(change.get()).isOne();
		assertThat(this.reader.pageVersion(this.id)).isNotEqualTo(before);
	}

}
