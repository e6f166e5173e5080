package org.socle.notification.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.assessment.AssessmentFixtures;
import org.socle.beneficiary.BeneficiaryFixtures;
import org.socle.beneficiary.DischargeReason;
import org.socle.beneficiary.LegalBasis;
import org.socle.beneficiary.ReferralSource;
import org.socle.establishment.Category;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.establishment.EstablishmentInfo;
import org.socle.establishment.EstablishmentStatus;
import org.socle.establishment.registry.EstablishmentForm;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;
import org.socle.notification.Notice;
import org.socle.notification.NoticeType;
import org.socle.notification.StoredNotices;
import org.socle.notification.reminders.DailyReminders.Check;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each daily check tells the managers of the establishment's organisation what falls due,
 * with the establishment's names and the dates concerned, and tells nobody else; a second
 * run tells nobody twice, and a changed date is told again.
 */
@SocleTest
class DailyRemindersTests {

	@Autowired
	DailyReminders reminders;

	@Autowired
	StoredNotices notices;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	BeneficiaryFixtures beneficiaries;

	@Autowired
	AssessmentFixtures assessments;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	LocalDate today;

	SocleUser manager;

	SocleUser manager2;

	SocleUser otherManager;

	@BeforeEach
	void people() {
		this.today = LocalDate.now(this.clock);
		long organisation = this.identity.organisation("Notify Org Reminders");
		this.manager = this.identity.user("t-nr-manager", Role.MANAGER, organisation);
		this.manager2 = this.identity.user("t-nr-manager-2", Role.MANAGER, organisation);
		this.otherManager = this.identity.user("t-nr-manager-other", Role.MANAGER,
				this.identity.organisation("Notify Org Reminders Other"));
	}

	@Test
	void correctiveActionsDueWithinAWeekOrOverdueAreToldOncePerDueDate() {
		EstablishmentInfo establishment = this.assessments.establishment("Rappels actions",
				this.manager.organisationId());
		long assessment = this.assessments.validatedSelf(establishment.id(), this.manager, this.identity.auditor(), 2,
				this.today.minusMonths(1));
		List<Long> items = this.jdbc.queryForList("select id from action_item where assessment_id = ? order by id",
				Long.class, assessment);
		assertThat(items).hasSizeGreaterThanOrEqualTo(4);
		this.jdbc.update("update action_item set due_date = ? where assessment_id = ?", this.today.plusDays(8),
				assessment);
		long dueSoon = due(items.get(0), this.today.plusDays(7));
		long overdue = due(items.get(1), this.today.minusDays(1));
		long done = due(items.get(2), this.today.minusDays(3));
		this.jdbc.update("update action_item set status = 'DONE', completed_on = ? where id = ?", this.today, done);
		this.jdbc.update("update action_item set title = 'Afficher le règlement' where id = ?", overdue);

		this.reminders.run(Check.ACTIONS, this.today);

		assertThat(toManager(items)).containsOnly("action-due-soon:" + dueSoon + ":" + this.today.plusDays(7),
				"action-overdue:" + overdue + ":" + this.today.minusDays(1));
		Notice late = toManagers("action-overdue:" + overdue + ":" + this.today.minusDays(1));
		assertThat(late.type()).isEqualTo(NoticeType.ACTION_OVERDUE);
		assertThat(late.arguments()).containsExactly(establishment.nameFr(), establishment.nameAr(),
				"Afficher le règlement", "Afficher le règlement", this.today.minusDays(1).toString());
		assertThat(late.link()).isEqualTo("/assessments/actions/" + overdue);
		Notice soon = toManagers("action-due-soon:" + dueSoon + ":" + this.today.plusDays(7));
		assertThat(soon.type()).isEqualTo(NoticeType.ACTION_DUE_SOON);
		assertThat(soon.arguments().get(2)).as("the indicator's title until the action is worded").isNotBlank();

		List<String> firstRun = toManager(items);
		this.reminders.run(Check.ACTIONS, this.today);
		assertThat(toManager(items)).as("a second run tells nobody twice").isEqualTo(firstRun);

		due(overdue, this.today.plusDays(3));
		this.reminders.run(Check.ACTIONS, this.today);
		assertThat(this.notices.withKeyStarting("action-due-soon:" + overdue + ":" + this.today.plusDays(3)))
			.as("a postponed action is told again")
			.hasSize(2);
	}

	@Test
	void anAssessmentIsDueTwelveMonthsAfterTheLastValidatedOneOncePerMonth() {
		EstablishmentInfo never = establishment("Rappels jamais évalué", (form) -> {
		});
		EstablishmentInfo recent = establishment("Rappels ouvert récemment",
				(form) -> form.setOpeningDate(this.today.minusMonths(2)));
		EstablishmentInfo closed = establishment("Rappels fermé", (form) -> form.setStatus(EstablishmentStatus.CLOSED));
		EstablishmentInfo assessed = this.assessments.establishment("Rappels évalué", this.manager.organisationId());
		this.assessments.validatedSelf(assessed.id(), this.manager, this.identity.auditor(), 3,
				this.today.minusMonths(11));

		this.reminders.run(Check.ASSESSMENTS_DUE, this.today);

		String month = this.today.toString().substring(0, 7);
		Notice due = toManagers("assessment-due:" + never.id() + ":" + month);
		assertThat(due.type()).isEqualTo(NoticeType.ASSESSMENT_DUE);
		assertThat(due.arguments()).containsExactly(never.nameFr(), never.nameAr());
		assertThat(due.link()).isEqualTo("/establishments/" + never.id() + "/assessments");
		for (EstablishmentInfo notDue : List.of(recent, closed, assessed)) {
			assertThat(this.notices.withKeyStarting("assessment-due:" + notDue.id() + ":")).as(notDue.nameFr())
				.isEmpty();
		}
	}

	@Test
	void authorisationsExpiringWithinNinetyDaysOrExpiredAreToldPerExpiryDateAndState() {
		EstablishmentInfo expiring = establishment("Rappels agrément proche",
				(form) -> form.setAuthorisationExpiry(this.today.plusDays(90)));
		EstablishmentInfo expired = establishment("Rappels agrément échu",
				(form) -> form.setAuthorisationExpiry(this.today.minusDays(1)));
		EstablishmentInfo later = establishment("Rappels agrément lointain",
				(form) -> form.setAuthorisationExpiry(this.today.plusDays(91)));
		EstablishmentInfo otherOrganisation = this.establishments.establishment("Rappels agrément autre",
				this.otherManager.organisationId(), (form) -> form.setAuthorisationExpiry(this.today.minusDays(10)));

		this.reminders.run(Check.AUTHORISATIONS, this.today);

		Notice soon = toManagers("authorisation-expiring:" + expiring.id() + ":" + this.today.plusDays(90));
		assertThat(soon.type()).isEqualTo(NoticeType.AUTHORISATION_EXPIRING);
		assertThat(soon.arguments()).containsExactly(expiring.nameFr(), expiring.nameAr(),
				this.today.plusDays(90).toString());
		assertThat(soon.link()).isEqualTo("/establishments/" + expiring.id());
		Notice gone = toManagers("authorisation-expired:" + expired.id() + ":" + this.today.minusDays(1));
		assertThat(gone.type()).isEqualTo(NoticeType.AUTHORISATION_EXPIRED);
		assertThat(this.notices.withKeyStarting("authorisation-expiring:" + later.id() + ":")).isEmpty();
		assertThat(this.notices.withKeyStarting("authorisation-expired:" + otherOrganisation.id() + ":"))
			.extracting(Notice::recipientId)
			.containsExactly(this.otherManager.id());
	}

	@Test
	void anEstablishmentOverItsCapacityForMoreThanThirtyDaysIsToldOncePerPeriod() {
		EstablishmentInfo over = withCapacityOne("Rappels surcapacité");
		admit(over, this.today.minusDays(31), null);
		admit(over, this.today.minusDays(31), null);
		EstablishmentInfo notLongEnough = withCapacityOne("Rappels surcapacité récente");
		admit(notLongEnough, this.today.minusDays(60), null);
		admit(notLongEnough, this.today.minusDays(30), null);
		EstablishmentInfo backWithin = withCapacityOne("Rappels surcapacité finie");
		admit(backWithin, this.today.minusDays(60), null);
		admit(backWithin, this.today.minusDays(60), this.today.minusDays(1));
		EstablishmentInfo overAgain = withCapacityOne("Rappels surcapacité reprise");
		admit(overAgain, this.today.minusDays(100), null);
		admit(overAgain, this.today.minusDays(90), this.today.minusDays(50));
		admit(overAgain, this.today.minusDays(45), null);

		this.reminders.run(Check.OVER_CAPACITY, this.today);

		Notice notice = toManagers("over-capacity:" + over.id() + ":" + this.today.minusDays(31));
		assertThat(notice.type()).isEqualTo(NoticeType.OVER_CAPACITY);
		assertThat(notice.arguments()).containsExactly(over.nameFr(), over.nameAr(), "2", "1",
				this.today.minusDays(31).toString());
		assertThat(notice.link()).isEqualTo("/establishments/" + over.id());
		toManagers("over-capacity:" + overAgain.id() + ":" + this.today.minusDays(45));
		assertThat(this.notices.withKeyStarting("over-capacity:" + notLongEnough.id() + ":")).isEmpty();
		assertThat(this.notices.withKeyStarting("over-capacity:" + backWithin.id() + ":")).isEmpty();
	}

	/** The one notice with that key, handed to the organisation's two managers only. */
	private Notice toManagers(String eventKey) {
		List<Notice> sent = this.notices.withKey(eventKey);
		assertThat(sent).as(eventKey)
			.extracting(Notice::recipientId)
			.containsExactlyInAnyOrder(this.manager.id(), this.manager2.id());
		return sent.get(0);
	}

	/**
	 * The keys of the notices stored for the first manager about these actions, in order.
	 */
	private List<String> toManager(List<Long> items) {
		return this.notices.withKeyStarting("action-")
			.stream()
			.filter((notice) -> notice.recipientId() == this.manager.id()
					&& items.contains(Long.valueOf(notice.eventKey().split(":")[1])))
			.map(Notice::eventKey)
			.toList();
	}

	private long due(long itemId, LocalDate date) {
		this.jdbc.update("update action_item set due_date = ? where id = ?", date, itemId);
		return itemId;
	}

	private EstablishmentInfo establishment(String name, Consumer<EstablishmentForm> configure) {
		return this.establishments.establishment(name, this.manager.organisationId(), configure);
	}

	private EstablishmentInfo withCapacityOne(String name) {
		return this.establishments.establishment(name, this.manager.organisationId(), Category.ELDERLY, "MA-04", 1);
	}

	private void admit(EstablishmentInfo establishment, LocalDate admission, LocalDate discharge) {
		BeneficiaryFixtures.Builder beneficiary = this.beneficiaries.beneficiary(establishment.id(), "Résident")
			.admitted(admission, ReferralSource.FAMILY, LegalBasis.PERSONAL_REQUEST);
		if (discharge != null) {
			beneficiary.discharged(discharge, DischargeReason.FAMILY_REINTEGRATION);
		}
		beneficiary.create();
	}

}
