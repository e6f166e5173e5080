package org.socle.notification.assessments;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.assessment.AssessmentFixtures;
import org.socle.assessment.AssessmentKind;
import org.socle.assessment.workflow.AssessmentService;
import org.socle.establishment.EstablishmentInfo;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;
import org.socle.notification.Notice;
import org.socle.notification.NoticeType;
import org.socle.notification.StoredNotices;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socle.assessment.AssessmentFixtures.as;

/**
 * Each step of an assessment's workflow tells the people concerned, and only them: a
 * submission the auditors of the establishment's region (every auditor when none covers
 * it), the other steps the establishment's managers (an audit's authors while managers
 * cannot see it), never another organisation's managers or the auditors of another
 * region.
 */
@SocleTest
class AssessmentNoticesTests {

	/** Regions no other test assigns to an auditor. */
	private static final String COVERED = "MA-11";

	private static final String OTHER = "MA-10";

	private static final String UNCOVERED = "MA-12";

	@Autowired
	IdentityFixtures identity;

	@Autowired
	AssessmentFixtures fixtures;

	@Autowired
	AssessmentService service;

	@Autowired
	StoredNotices notices;

	@Autowired
	JdbcTemplate jdbc;

	SocleUser manager;

	SocleUser manager2;

	SocleUser disabledManager;

	SocleUser otherOrganisationManager;

	SocleUser coveringAuditor;

	SocleUser otherRegionAuditor;

	SocleUser reviewer;

	@BeforeEach
	void people() {
		long organisation = this.identity.organisation("Notify Org Workflow");
		this.manager = this.identity.user("t-nw-manager", Role.MANAGER, organisation);
		this.manager2 = this.identity.user("t-nw-manager-2", Role.MANAGER, organisation);
		this.disabledManager = this.identity.user("t-nw-manager-off", Role.MANAGER, organisation);
		this.jdbc.update("update app_user set enabled = false where id = ?", this.disabledManager.id());
		this.otherOrganisationManager = this.identity.user("t-nw-manager-other", Role.MANAGER,
				this.identity.organisation("Notify Org Other"));
		this.coveringAuditor = this.identity.user("t-nw-auditor-covering", Role.AUDITOR, null);
		this.otherRegionAuditor = this.identity.user("t-nw-auditor-other", Role.AUDITOR, null);
		this.reviewer = this.identity.user("t-nw-reviewer", Role.AUDITOR, null);
		cover(this.coveringAuditor, COVERED);
		cover(this.otherRegionAuditor, OTHER);
	}

	@Test
	void aSelfAssessmentsStepsTellTheRegionsAuditorsThenTheManagers() {
		EstablishmentInfo establishment = establishment("Notifications workflow auto", COVERED);
		long id = this.fixtures.create(establishment.id(), AssessmentKind.SELF, this.manager);
		this.fixtures.answerTyped(id, this.manager, 3);
		as(this.manager, () -> this.service.submit(id, version(id), Map.of()));

		List<Notice> submitted = this.notices.withKeyStarting("assessment-submitted:" + id + ":");
		assertThat(recipients(submitted)).containsExactly(this.coveringAuditor.id());
		assertThat(submitted).singleElement().satisfies((notice) -> {
			assertThat(notice.eventKey()).isEqualTo("assessment-submitted:" + id + ":1");
			assertThat(notice.type()).isEqualTo(NoticeType.ASSESSMENT_SUBMITTED);
			assertThat(notice.arguments()).containsExactly(establishment.nameFr(), establishment.nameAr());
			assertThat(notice.link()).isEqualTo("/assessments/" + id);
		});

		as(this.reviewer, () -> {
			this.service.take(id, version(id));
			this.service.returnToEditor(id, version(id), "Joindre le règlement intérieur");
			return null;
		});
		assertToManagers("assessment-in-review:" + id + ":1", NoticeType.ASSESSMENT_IN_REVIEW,
				List.of(establishment.nameFr(), establishment.nameAr()), id);
		assertToManagers("assessment-returned:" + id + ":1", NoticeType.ASSESSMENT_RETURNED,
				List.of(establishment.nameFr(), establishment.nameAr(), "Joindre le règlement intérieur"), id);

		as(this.manager, () -> this.service.submit(id, version(id), Map.of()));
		assertThat(recipients(this.notices.withKeyStarting("assessment-submitted:" + id + ":2")))
			.as("a resubmission after a return is told again")
			.containsExactly(this.coveringAuditor.id());

		as(this.reviewer, () -> {
			this.service.take(id, version(id));
			this.service.validate(id, version(id), null);
			return null;
		});
		assertToManagers("assessment-in-review:" + id + ":2", NoticeType.ASSESSMENT_IN_REVIEW,
				List.of(establishment.nameFr(), establishment.nameAr()), id);
		assertToManagers("assessment-validated:" + id, NoticeType.ASSESSMENT_VALIDATED,
				List.of(establishment.nameFr(), establishment.nameAr()), id);
	}

	@Test
	void aSubmissionInARegionNoAuditorCoversTellsEveryAuditorButTheSubmitter() {
		EstablishmentInfo establishment = establishment("Notifications workflow audit", UNCOVERED);
		long id = this.fixtures.create(establishment.id(), AssessmentKind.AUDIT, this.coveringAuditor);
		this.fixtures.answerTyped(id, this.coveringAuditor, 3);
		as(this.coveringAuditor, () -> this.service.submit(id, version(id), Map.of()));

		List<Long> auditors = this.jdbc.queryForList(
				"select id from app_user where role = 'AUDITOR' and enabled and id <> ? order by id", Long.class,
				this.coveringAuditor.id());
		assertThat(recipients(this.notices.withKeyStarting("assessment-submitted:" + id + ":1")))
			.containsExactlyInAnyOrderElementsOf(auditors)
			.contains(this.otherRegionAuditor.id(), this.reviewer.id());

		as(this.reviewer, () -> {
			this.service.take(id, version(id));
			this.service.returnToEditor(id, version(id), "Revoir la sécurité");
			return null;
		});
		assertThat(recipients(this.notices.withKeyStarting("assessment-returned:" + id + ":1")))
			.as("managers do not see an audit in progress: its author is told")
			.containsExactly(this.coveringAuditor.id());
		assertThat(recipients(this.notices.withKeyStarting("assessment-in-review:" + id + ":1")))
			.containsExactly(this.coveringAuditor.id());
	}

	private void assertToManagers(String eventKey, NoticeType type, List<String> arguments, long id) {
		List<Notice> sent = this.notices.withKey(eventKey);
		assertThat(recipients(sent)).as(eventKey).containsExactlyInAnyOrder(this.manager.id(), this.manager2.id());
		assertThat(sent).allSatisfy((notice) -> {
			assertThat(notice.type()).isEqualTo(type);
			assertThat(notice.arguments()).isEqualTo(arguments);
			assertThat(notice.link()).isEqualTo("/assessments/" + id);
		});
	}

	private EstablishmentInfo establishment(String name, String region) {
		EstablishmentInfo establishment = this.fixtures.establishment(name, this.manager.organisationId());
		this.jdbc.update("update establishment set region_code = ?, province_id = null where id = ?", region,
				establishment.id());
		return establishment;
	}

	private void cover(SocleUser auditor, String region) {
		this.jdbc.update("insert into auditor_region (user_id, region_code) values (?, ?) on conflict do nothing",
				auditor.id(), region);
	}

	private long version(long id) {
		return this.jdbc.queryForObject("select version from assessment where id = ?", Long.class, id);
	}

	private static List<Long> recipients(List<Notice> notices) {
		return notices.stream().map(Notice::recipientId).toList();
	}

}
