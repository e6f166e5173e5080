package org.socle.security;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;

import org.socle.assessment.AssessmentFixtures;
import org.socle.assessment.AssessmentKind;
import org.socle.assessment.workflow.AssessmentService;
import org.socle.care.CareFixtures;
import org.socle.establishment.records.CommitteeMeeting;
import org.socle.establishment.records.CommitteeMeetingRepository;
import org.socle.establishment.records.CommitteeMember;
import org.socle.establishment.records.CommitteeMemberRepository;
import org.socle.establishment.records.CommitteeRole;
import org.socle.establishment.records.YearlyResources;
import org.socle.establishment.records.YearlyResourcesRepository;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;
import org.socle.standard.StandardFixtures;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * A world of two organisations, A and B, each with one record of every kind a route can
 * name (establishment, staff, resources, committee member and meeting, beneficiary with a
 * stay, service record, care plan and review, a draft assessment with an answer and an
 * evidence file, a validated one with its action items), their managers, an auditor, an
 * admin, and the shared reference data (a province, a service type, a draft and a
 * published standard). Built once per test database, on first use.
 */
@Component
public class TwoOrganisations {

	/** An indicator answered by hand in SOCLE-EPS 1.0. */
	static final String TYPED_INDICATOR = "D1.C1.I2";

	private static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	private final IdentityFixtures identity;

	private final AssessmentFixtures assessments;

	private final CareFixtures care;

	private final AssessmentService workflow;

	private final StandardFixtures standards;

	private final YearlyResourcesRepository resources;

	private final CommitteeMemberRepository members;

	private final CommitteeMeetingRepository meetings;

	private final JdbcTemplate jdbc;

	private final ObjectProvider<MockMvc> mvc;

	private World world;

	TwoOrganisations(IdentityFixtures identity, AssessmentFixtures assessments, AssessmentService workflow,
			CareFixtures care, StandardFixtures standards, YearlyResourcesRepository resources,
			CommitteeMemberRepository members, CommitteeMeetingRepository meetings, JdbcTemplate jdbc,
			ObjectProvider<MockMvc> mvc) {
		this.identity = identity;
		this.assessments = assessments;
		this.workflow = workflow;
		this.care = care;
		this.standards = standards;
		this.resources = resources;
		this.members = members;
		this.meetings = meetings;
		this.jdbc = jdbc;
		this.mvc = mvc;
	}

	public synchronized World world() {
		if (this.world == null) {
			SocleUser auditor = this.identity.auditor();
			SocleUser admin = this.identity.admin();
			Side a = side("A", auditor);
			Side b = side("B", auditor);
			long draft = this.standards.draftCopy("MXD");
			this.world = new World(a, b, auditor, admin, id("select min(id) from province where region_code = 'MA-04'"),
					id("select id from care_service_type where code = 'PSYCHOSOCIAL'"), draft,
					id("select min(id) from standard_domain where standard_id = ?", draft),
					this.standards.publishedCopy("MXP"));
		}
		return this.world;
	}

	private Side side(String letter, SocleUser auditor) {
		long organisation = this.identity.organisation("Matrice Org " + letter);
		SocleUser manager = this.identity.user("mx-manager-" + letter.toLowerCase(), Role.MANAGER, organisation);
		long establishment = this.assessments.establishment("MX Foyer " + letter, organisation).id();
		long staff = id("select min(id) from establishment_staff where establishment_id = ?", establishment);
		long beneficiary = id("select min(id) from beneficiary where establishment_id = ?", establishment);
		LocalDate date = AssessmentFixtures.D;
		this.care.service(beneficiary, establishment, "HEALTH_CHECK", date);
		this.care.review(beneficiary, establishment, date);
		long validated = this.assessments.validatedSelf(establishment, manager, auditor, 1, date.minusMonths(1));
		long draft = this.assessments.create(establishment, AssessmentKind.SELF, manager);
		this.assessments.answer(draft, manager, TYPED_INDICATOR, answer());
		long submitted = submitted("MX Relais " + letter, organisation, manager);
		long inReview = submitted("MX Annexe " + letter, organisation, manager);
		AssessmentFixtures.as(auditor, () -> {
			this.workflow.take(inReview, id("select version from assessment where id = ?", inReview));
			return null;
		});
		return new Side(organisation, manager, establishment, staff, resources(establishment),
				member(establishment, letter), meeting(establishment), beneficiary, draft, evidence(draft, manager),
				validated, id("select min(id) from action_item where assessment_id = ?", validated), submitted,
				inReview);
	}

	/**
	 * A self-assessment of a new establishment, answered and submitted by its manager.
	 */
	private long submitted(String establishment, long organisation, SocleUser manager) {
		long id = this.assessments.create(this.assessments.establishment(establishment, organisation).id(),
				AssessmentKind.SELF, manager);
		this.assessments.answerTyped(id, manager, 3);
		AssessmentFixtures.as(manager, () -> {
			this.workflow.submit(id, id("select version from assessment where id = ?", id));
			return null;
		});
		return id;
	}

	private static org.socle.assessment.workflow.AnswerForm answer() {
		org.socle.assessment.workflow.AnswerForm form = new org.socle.assessment.workflow.AnswerForm();
		form.setLevel("3");
		return form;
	}

	private long resources(long establishment) {
		YearlyResources row = new YearlyResources(establishment);
		row.update(2024, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE);
		return this.resources.save(row).getId();
	}

	private long member(long establishment, String letter) {
		CommitteeMember row = new CommitteeMember(establishment);
		row.update("Membre " + letter, CommitteeRole.values()[0], LocalDate.of(2023, 1, 1));
		return this.members.save(row).getId();
	}

	private long meeting(long establishment) {
		CommitteeMeeting row = new CommitteeMeeting(establishment);
		row.update(LocalDate.of(2024, 3, 1), "PV-1", "Réunion");
		return this.meetings.save(row).getId();
	}

	private long evidence(long assessment, SocleUser manager) {
		try {
			this.mvc.getObject()
				.perform(multipart("/assessments/{id}/answers/{code}/evidence", assessment, TYPED_INDICATOR)
					.file(new MockMultipartFile("file", "preuve.pdf", "application/pdf", PDF))
					.with(user(manager))
					.with(csrf()));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return id("select min(id) from assessment_evidence where assessment_id = ?", assessment);
	}

	/**
	 * A fresh import preview of one row in {@code side}'s establishment, uploaded by its
	 * manager (previews live in memory and are used up when confirmed).
	 */
	String importPreview(Side side) {
		String csv = "last_name;first_name;sex;birth_date;category;admission_date\nMatrice;Import;F;2010-01-01;CHILD;2025-01-10\n";
		try {
			String url = this.mvc.getObject()
				.perform(multipart("/establishments/{id}/beneficiaries/import", side.establishment())
					.file(new MockMultipartFile("file", "import.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
					.with(user(side.manager()))
					.with(csrf()))
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			return Objects.requireNonNull(url, "the upload did not redirect to a preview")
				.substring(url.lastIndexOf('/') + 1);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long id(String sql, Object... args) {
		return Objects.requireNonNull(this.jdbc.queryForObject(sql, Long.class, args), sql);
	}

	/** The records of one organisation. */
	public record Side(long organisation, SocleUser manager, long establishment, long staff, long resources,
			long member, long meeting, long beneficiary, long draftAssessment, long evidence, long validatedAssessment,
			long actionItem, long submittedAssessment, long assessmentInReview) {
	}

	/** Both organisations and what they share. */
	public record World(Side a, Side b, SocleUser auditor, SocleUser admin, long province, long serviceType,
			long draftStandard, long draftDomain, long publishedStandard) {
	}

}
