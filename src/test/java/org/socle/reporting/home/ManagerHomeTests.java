package org.socle.reporting.home;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.socle.QueryCount;
import org.socle.SocleTest;
import org.socle.assessment.AssessmentFixtures;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.establishment.EstablishmentInfo;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A manager's home lists their organisation's establishments, each with its latest
 * rating, the trend since the previous one, and the alerts that apply on the day: each
 * exactly when it should, in French and Arabic, in a bounded number of statements.
 */
@SocleTest
@Transactional
class ManagerHomeTests {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	AssessmentFixtures assessments;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void showsTheLatestRatingAndItsTrendAndWhetherAnAssessmentIsDue() throws Exception {
		SocleUser manager = this.identity.managerA();
		SocleUser auditor = this.identity.auditor();
		LocalDate today = LocalDate.now(this.clock);
		EstablishmentInfo rising = this.assessments.establishment("Foyer en hausse", manager.organisationId());
		this.assessments.validatedSelf(rising.id(), manager, auditor, 1, today.minusMonths(14));
		long latest = this.assessments.validatedSelf(rising.id(), manager, auditor, 3, today.minusMonths(1));
		EstablishmentInfo falling = this.assessments.establishment("Foyer en baisse", manager.organisationId());
		this.assessments.validatedSelf(falling.id(), manager, auditor, 3, today.minusMonths(20));
		this.assessments.validatedSelf(falling.id(), manager, auditor, 1, today.minusMonths(13));
		EstablishmentInfo never = this.establishments.establishment("Foyer jamais évalué", manager.organisationId());

		String page = home(manager, "fr");
		String risingCard = card(page, rising);
		assertThat(risingCard)
			.contains("/assessments/" + latest + "/score", "rating-badge", "en hausse", "↑",
					"<bdi>" + today.minusMonths(1).format(DAY) + "</bdi>")
			.doesNotContain("Évaluation à faire");
		assertThat(card(page, falling)).contains("en baisse", "↓", "Évaluation à faire",
				"/establishments/" + falling.id() + "/assessments");
		assertThat(card(page, never)).contains("Aucune évaluation validée", "Évaluation à faire")
			.doesNotContain("rating-badge", "trend-");

		String arabic = home(manager, "ar");
		assertThat(arabic).contains("dir=\"rtl\"");
		assertThat(card(arabic, rising)).contains("في ارتفاع", "مؤسسة Foyer en hausse");
		assertThat(card(arabic, falling)).contains("في انخفاض", "تقييم يجب إنجازه");
	}

	@Test
	void flagsOverdueActionsCapacityAndAuthorisationsOnlyWhenTheyApply() throws Exception {
		SocleUser manager = this.identity.managerA();
		LocalDate today = LocalDate.now(this.clock);
		EstablishmentInfo late = this.assessments.establishment("Foyer actions en retard", manager.organisationId());
		long assessment = this.assessments.validatedSelf(late.id(), manager, this.identity.auditor(), 2,
				today.minusMonths(2));
		int overdue = this.jdbc.update("update action_item set due_date = ? where assessment_id = ?",
				today.minusDays(1), assessment);
		assertThat(overdue).isGreaterThan(1);
		EstablishmentInfo full = this.assessments.establishment("Foyer plein", manager.organisationId());
		EstablishmentInfo crowded = this.assessments.establishment("Foyer surchargé", manager.organisationId());
		capacity(full, 2);
		capacity(crowded, 1);
		EstablishmentInfo expired = this.establishments.establishment("Foyer autorisation expirée",
				manager.organisationId());
		EstablishmentInfo expiring = this.establishments.establishment("Foyer autorisation à 89 jours",
				manager.organisationId());
		EstablishmentInfo valid = this.establishments.establishment("Foyer autorisation à 91 jours",
				manager.organisationId());
		expiry(expired, today.minusDays(1));
		expiry(expiring, today.plusDays(89));
		expiry(valid, today.plusDays(91));

		String page = home(manager, "fr");
		assertThat(card(page, late))
			.contains("<bdi>" + overdue + "</bdi>", "actions correctives en retard",
					"/assessments/" + assessment + "/actions")
			.doesNotContain("Évaluation à faire", "Capacité dépassée");
		assertThat(card(page, full)).doesNotContain("Capacité dépassée", "actions correctives en retard");
		assertThat(card(page, crowded)).contains("Capacité dépassée", "<bdi dir=\"ltr\">2 / 1</bdi>",
				"/establishments/" + crowded.id() + "/beneficiaries");
		assertThat(card(page, expired))
			.contains("Autorisation expirée le", "<bdi>" + today.minusDays(1).format(DAY) + "</bdi>",
					"/establishments/" + expired.id() + "\"")
			.doesNotContain("Autorisation expirant");
		assertThat(card(page, expiring))
			.contains("Autorisation expirant le", "<bdi>" + today.plusDays(89).format(DAY) + "</bdi>")
			.doesNotContain("Autorisation expirée");
		assertThat(card(page, valid)).doesNotContain("Autorisation expir");

		String arabic = home(manager, "ar");
		assertThat(card(arabic, crowded)).contains("تجاوز الطاقة الاستيعابية", "<bdi dir=\"ltr\">2 / 1</bdi>");
		assertThat(card(arabic, expiring)).contains("تنتهي صلاحية الترخيص في");
		assertThat(card(arabic, late)).contains("إجراءات تصحيحية متأخرة");
	}

	@Test
	void anEstablishmentInOrderSaysSo() throws Exception {
		SocleUser manager = this.identity.managerA();
		EstablishmentInfo calm = this.assessments.establishment("Foyer sans alerte", manager.organisationId());
		this.assessments.validatedSelf(calm.id(), manager, this.identity.auditor(), 3,
				LocalDate.now(this.clock).minusMonths(3));
		this.jdbc.update("update action_item set status = 'DROPPED' where establishment_id = ?", calm.id());
		assertThat(card(home(manager, "fr"), calm)).contains("Rien à signaler")
			.doesNotContain("Évaluation à faire", "en retard", "Capacité", "Autorisation");
	}

	@Test
	void aManagerNeverSeesAnotherOrganisationsEstablishments() throws Exception {
		EstablishmentInfo other = this.establishments.establishment("Foyer d'une autre association",
				this.identity.managerB().organisationId());
		String page = home(this.identity.managerA(), "fr");
		assertThat(page).doesNotContain("establishment-" + other.id() + "\"", "Foyer d&#39;une autre association");
		assertThat(home(this.identity.managerB(), "fr")).contains("establishment-" + other.id() + "\"");
	}

	@Test
	void runsTheSameStatementsForOneEstablishmentOrTwenty() throws Exception {
		long organisation = this.identity.organisation("Association du comptage");
		SocleUser manager = this.identity.user("gestion.comptage", Role.MANAGER, organisation);
		EstablishmentInfo first = this.assessments.establishment("Comptage seul", organisation);
		this.assessments.validatedSelf(first.id(), manager, this.identity.auditor(), 2,
				LocalDate.now(this.clock).minusMonths(1));
		long one = QueryCount.of(this.mvc, get("/").with(user(manager)));
		this.establishments.establishments("Comptage lot ", 20, organisation);
		long twentyOne = QueryCount.of(this.mvc, get("/").with(user(manager)));
		assertThat(home(manager, "fr")).contains("Comptage lot 019");
		assertThat(twentyOne).isEqualTo(one).isLessThanOrEqualTo(4);
	}

	private String home(SocleUser user, String lang) throws Exception {
		return this.mvc.perform(get("/").param("lang", lang).with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The card of one establishment on the page. */
	private static String card(String page, EstablishmentInfo establishment) {
		Matcher card = Pattern.compile("id=\"establishment-" + establishment.id() + "\".*?</article>", Pattern.DOTALL)
			.matcher(page);
		assertThat(card.find()).as("card of %s", establishment.nameFr()).isTrue();
		return card.group();
	}

	private void capacity(EstablishmentInfo establishment, int capacity) {
		this.jdbc.update("update establishment set authorised_capacity = ?, capacity_male = null, "
				+ "capacity_female = null where id = ?", capacity, establishment.id());
	}

	private void expiry(EstablishmentInfo establishment, LocalDate expiry) {
		this.jdbc.update("update establishment set authorisation_date = null, authorisation_expiry = ? where id = ?",
				expiry, establishment.id());
	}

}
