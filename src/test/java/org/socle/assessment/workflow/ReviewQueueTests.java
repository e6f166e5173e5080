package org.socle.assessment.workflow;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;
import org.socle.QueryCount;
import org.socle.SocleTest;
import org.socle.assessment.AssessmentFixtures;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The auditors' queue: submitted and in review, oldest submission first, paginated in SQL
 * with a number of statements that does not grow with the rows; the lists of an
 * establishment likewise. Each test rolls back: its queue rows would push other tests'
 * submissions off the first page.
 */
@SocleTest
@Transactional
class ReviewQueueTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	AssessmentFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AssessmentService service;

	@PersistenceContext
	EntityManager entityManager;

	/**
	 * Queue rows for establishments named {@code prefix + n}, submitted at decreasing
	 * times from {@code submittedFrom}.
	 */
	private List<Long> queue(String prefix, int establishmentCount, Instant submittedFrom) {
		SocleUser manager = this.identity.managerA();
		this.establishments.establishments(prefix, establishmentCount, manager.organisationId());
		long standardId = this.fixtures.standardId();
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < establishmentCount; i++) {
			long establishmentId = this.jdbc.queryForObject("select id from establishment where name_fr = ?",
					Long.class, prefix + String.format("%03d", i));
			for (String kind : new String[] { "SELF", "AUDIT" }) {
				Timestamp submitted = Timestamp.from(submittedFrom.minusSeconds(ids.size() * 60L));
				ids.add(this.jdbc.queryForObject("""
						insert into assessment (establishment_id, standard_id, kind, status, reference_date, category,
						    creator_id, creator_name, submitted_at, created_at, updated_at)
						values (?, ?, ?, 'SUBMITTED', date '2025-06-30', 'CHILDREN', ?, 'Test', ?, now(), now())
						returning id
						""", Long.class, establishmentId, standardId, kind, manager.id(), submitted));
			}
		}
		return ids;
	}

	@Test
	void oldestSubmissionFirstAndPaginated() throws Exception {
		// submitted in the distant past, so that they come before anything else in the
		// queue
		List<Long> ids = queue("File ordre ", 2, Instant.parse("2001-01-01T00:00:00Z"));
		@SuppressWarnings("unchecked")
		Page<AssessmentListRow> page = (Page<AssessmentListRow>) this.mvc
			.perform(get("/assessments/review").param("size", "2").with(user(this.identity.auditor())))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("page");
		assertThat(page.getContent()).extracting(AssessmentListRow::id).containsExactly(ids.get(3), ids.get(2));
		assertThat(page.getTotalElements()).isGreaterThanOrEqualTo(4);
		assertThat(page.getContent().get(0).establishmentNameFr()).isEqualTo("File ordre 001");
	}

	@Test
	void theQueueFiltersByRegionCategoryKindAndWaitingTime() throws Exception {
		List<Long> ids = queue("File filtre ", 1, Instant.parse("2003-01-01T00:00:00Z"));
		String region = this.jdbc.queryForObject("select region_code from establishment where name_fr = ?",
				String.class, "File filtre 000");
		String otherRegion = region.equals("MA-01") ? "MA-02" : "MA-01";
		assertThat(queueIds("kind", "AUDIT")).contains(ids.get(1)).doesNotContain(ids.get(0));
		assertThat(queueIds("region", region)).contains(ids.get(0), ids.get(1));
		assertThat(queueIds("region", otherRegion)).doesNotContain(ids.get(0), ids.get(1));
		assertThat(queueIds("category", "CHILDREN")).contains(ids.get(0));
		assertThat(queueIds("category", "ELDERLY")).doesNotContain(ids.get(0));
		assertThat(queueIds("waitingDays", "30")).contains(ids.get(0));
	}

	@Test
	void theQueueShowsEachAssessmentsProvisionalScoreAndRating() throws Exception {
		SocleUser manager = this.identity.managerA();
		long establishmentId = this.fixtures.establishment("File score provisoire", manager.organisationId()).id();
		long id = this.fixtures.create(establishmentId, org.socle.assessment.AssessmentKind.SELF, manager);
		this.fixtures.answerTyped(id, manager, 3);
		AssessmentFixtures.as(manager, () -> {
			this.service.submit(id,
					this.jdbc.queryForObject("select version from assessment where id = ?", Long.class, id));
			return null;
		});
		// the submission reaches the database (the queue reads it in SQL), first in the
		// queue (oldest submission) whatever the other tests left in it
		this.entityManager.flush();
		this.jdbc.update("update assessment set submitted_at = timestamp '2000-01-01 00:00' where id = ?", id);
		String html = this.mvc
			.perform(get("/assessments/review").param("size", "100")
				.param("kind", "SELF")
				.param("category", "CHILDREN")
				.with(user(this.identity.auditor())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String row = html.substring(html.indexOf("href=\"/assessments/" + id + "\""));
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).contains("provisoire").contains("rating-badge");
	}

	@SuppressWarnings("unchecked")
	private List<Long> queueIds(String filter, String value) throws Exception {
		Page<AssessmentListRow> page = (Page<AssessmentListRow>) this.mvc
			.perform(get("/assessments/review").param("size", "100")
				.param(filter, value)
				.with(user(this.identity.auditor())))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("page");
		return page.getContent().stream().map(AssessmentListRow::id).toList();
	}

	@Test
	void managersHaveNoQueue() throws Exception {
		this.mvc.perform(get("/assessments/review").with(user(this.identity.managerA())))
			.andExpect(status().isForbidden());
	}

	@Test
	void theQueueAndTheEstablishmentListRunAFixedNumberOfStatements() throws Exception {
		SocleUser auditor = this.identity.auditor();
		queue("File petite ", 3, Instant.parse("2002-01-01T00:00:00Z"));
		long few = QueryCount.of(this.mvc, get("/assessments/review").param("size", "100").with(user(auditor)));
		queue("File grande ", 60, Instant.parse("2002-01-01T00:00:00Z"));
		long many = QueryCount.of(this.mvc, get("/assessments/review").param("size", "100").with(user(auditor)));
		// count, rows, the answers behind the provisional scores, the regions to filter
		// by
		assertThat(many).isEqualTo(few).isLessThanOrEqualTo(6);

		long establishmentId = this.jdbc.queryForObject("select id from establishment where name_fr = ?", Long.class,
				"File grande 000");
		long list = QueryCount.of(this.mvc,
				get("/establishments/{id}/assessments", establishmentId).with(user(this.identity.managerA())));
		// + the assessments in progress, offered instead of a new one
		assertThat(list).isLessThanOrEqualTo(5);
	}

}
