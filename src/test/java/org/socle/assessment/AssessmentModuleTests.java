package org.socle.assessment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.assessment.scoring.Rating;
import org.socle.assessment.workflow.AssessmentService;
import org.socle.config.TestDatabaseConfiguration;
import org.socle.establishment.EstablishmentInfo;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;
import org.socle.shared.NotAllowedException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.socle.assessment.AssessmentFixtures.as;

/**
 * The assessment module on its own, with the modules whose beans it uses (establishment,
 * standard, care and theirs), the infrastructure of {@code config} and the users of
 * {@code identity} (for the fixtures), but without {@code reporting}: validating an
 * assessment publishes {@link AssessmentValidated} with what listeners need, and no other
 * step of the workflow does.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = { "config", "identity" })
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("test")
class AssessmentModuleTests {

	@Autowired
	AssessmentService service;

	@Autowired
	AssessmentFixtures fixtures;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	JdbcTemplate jdbc;

	SocleUser manager;

	SocleUser auditor;

	@BeforeEach
	void users() {
		this.manager = this.identity.managerA();
		this.auditor = this.identity.auditor();
	}

	@Test
	void validatingASelfAssessmentPublishesItsIdEstablishmentKindDateAndRating(AssertablePublishedEvents events) {
		EstablishmentInfo e = this.fixtures.establishment("Module validée", this.manager.organisationId());
		long id = this.fixtures.validatedSelf(e.id(), this.manager, this.auditor, 3, AssessmentFixtures.D);
		Rating rating = rating(id);
		assertThat(events.ofType(AssessmentValidated.class))
			.containsExactly(new AssessmentValidated(id, e.id(), AssessmentKind.SELF, AssessmentFixtures.D, rating));
	}

	@Test
	void validatingAnAuditPublishesItsKind(AssertablePublishedEvents events) {
		EstablishmentInfo e = this.fixtures.establishment("Module audit", this.manager.organisationId());
		long id = this.fixtures.create(e.id(), AssessmentKind.AUDIT, this.auditor);
		this.fixtures.answerTyped(id, this.auditor, 2);
		as(this.auditor, () -> {
			this.service.submit(id, version(id));
			return null;
		});
		as(this.identity.auditor2(), () -> {
			this.service.take(id, version(id));
			this.service.validate(id, version(id), "Audit sur place");
			return null;
		});
		assertThat(events).contains(AssessmentValidated.class)
			.matching(AssessmentValidated::assessmentId, id)
			.matching(AssessmentValidated::establishmentId, e.id())
			.matching(AssessmentValidated::kind, AssessmentKind.AUDIT)
			.matching(AssessmentValidated::rating, rating(id));
	}

	@Test
	void noOtherStepPublishesIt(AssertablePublishedEvents events) {
		EstablishmentInfo e = this.fixtures.establishment("Module renvoyée", this.manager.organisationId());
		long id = this.fixtures.create(e.id(), AssessmentKind.SELF, this.manager);
		this.fixtures.answerTyped(id, this.manager, 3);
		as(this.manager, () -> {
			this.service.submit(id, version(id));
			return null;
		});
		// a manager may not validate; an auditor takes it and returns it
		assertThatThrownBy(() -> as(this.manager, () -> {
			this.service.validate(id, version(id), null);
			return null;
		})).isInstanceOf(NotAllowedException.class);
		as(this.auditor, () -> {
			this.service.take(id, version(id));
			this.service.returnToEditor(id, version(id), "Joindre le registre");
			return null;
		});
		assertThat(events.ofType(AssessmentValidated.class)).isEmpty();
	}

	private long version(long id) {
		return this.jdbc.queryForObject("select version from assessment where id = ?", Long.class, id);
	}

	private Rating rating(long id) {
		return Rating.valueOf(this.jdbc.queryForObject("select rating from assessment_score where assessment_id = ?",
				String.class, id));
	}

}
