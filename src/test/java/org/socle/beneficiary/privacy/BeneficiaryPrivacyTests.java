package org.socle.beneficiary.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.QueryCount;
import org.socle.SocleTest;
import org.socle.beneficiary.BeneficiaryFixtures;
import org.socle.beneficiary.DisabilityType;
import org.socle.beneficiary.LegalBasis;
import org.socle.beneficiary.ReferralSource;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Loi 09-08 per role: the manager of the organisation sees full records; auditors and
 * admins see pseudonyms (no initials), never names, identity references, health or
 * disability details; other managers see nothing; every opening is logged and admins read
 * the log.
 */
@SocleTest
class BeneficiaryPrivacyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	BeneficiaryFixtures beneficiaries;

	@Autowired
	Pseudonyms pseudonyms;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	long establishmentId;

	long beneficiaryId;

	@BeforeEach
	void fixture() {
		this.establishmentId = this.establishments
			.establishment("Privacy home", this.identity.organisation("Test Org A"))
			.id();
		Long existing = this.jdbc.query("SELECT id FROM beneficiary WHERE last_name = 'Zerhouni'",
				rs -> rs.next() ? rs.getLong(1) : null);
		this.beneficiaryId = (existing != null) ? existing
				: this.beneficiaries.beneficiary(this.establishmentId, "Zerhouni")
					.firstName("Salma")
					.arabicNames("الزرهوني", "سلمى")
					.cin("QA765432")
					.disability(DisabilityType.AUTISM, true, false)
					.admitted(LocalDate.now(this.clock).minusDays(20), ReferralSource.COURT, LegalBasis.COURT_ORDER)
					.create();
	}

	@Test
	void theManagerOfTheOrganisationSeesTheFullRecord() throws Exception {
		this.mvc.perform(get("/beneficiaries/{id}", this.beneficiaryId).with(user(this.identity.managerA())))
			.andExpect(status().isOk())
			.andExpect(view().name("beneficiary/detail"))
			.andExpect(content().string(containsString("Zerhouni Salma")))
			.andExpect(content().string(containsString("الزرهوني")))
			.andExpect(content().string(containsString("QA765432")))
			.andExpect(content().string(containsString("Troubles du spectre autistique")));
		this.mvc
			.perform(get("/establishments/{id}/beneficiaries", this.establishmentId)
				.with(user(this.identity.managerA())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Zerhouni Salma")));
	}

	@Test
	void auditorsAndAdminsSeeAPseudonymOnly() throws Exception {
		String pseudonym = this.pseudonyms.of(this.beneficiaryId);
		for (SocleUser user : new SocleUser[] { this.identity.auditor(), this.identity.admin() }) {
			this.mvc.perform(get("/beneficiaries/{id}", this.beneficiaryId).with(user(user)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(pseudonym)))
				.andExpect(content().string(not(containsString("(SZ)"))))
				.andExpect(content().string(not(containsString("Zerhouni"))))
				.andExpect(content().string(not(containsString("الزرهوني"))))
				.andExpect(content().string(not(containsString("QA765432"))))
				.andExpect(content().string(not(containsString("autistique"))))
				.andExpect(content().string(not(containsString("Carte de personne"))));
			this.mvc.perform(get("/establishments/{id}/beneficiaries", this.establishmentId).with(user(user)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(pseudonym)))
				.andExpect(content().string(not(containsString("Zerhouni"))));
			// a name search is not available to them
			this.mvc
				.perform(get("/establishments/{id}/beneficiaries", this.establishmentId).param("q", "Zerh")
					.with(user(user)))
				.andExpect(content().string(containsString(pseudonym)));
		}
	}

	@Test
	void pseudonymsAreStableAndLookNothingLikeTheId() {
		String pseudonym = this.pseudonyms.of(this.beneficiaryId);
		assertThat(pseudonym).matches("B-[0-9A-HJKMNP-TV-Z]{6}").isEqualTo(this.pseudonyms.of(this.beneficiaryId));
		assertThat(pseudonym).doesNotContain(String.valueOf(this.beneficiaryId));
		assertThat(this.pseudonyms.of(this.beneficiaryId + 1)).isNotEqualTo(pseudonym);
		assertThat(new Pseudonyms("another-secret").of(this.beneficiaryId)).isNotEqualTo(pseudonym);
	}

	@Test
	void managersOfAnotherOrganisationDoNotKnowTheRecordExists() throws Exception {
		this.mvc.perform(get("/beneficiaries/{id}", this.beneficiaryId).with(user(this.identity.managerB())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/establishments/{id}/beneficiaries", this.establishmentId)
				.with(user(this.identity.managerB())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/beneficiaries/{id}", Long.MAX_VALUE).with(user(this.identity.managerA())))
			.andExpect(status().isNotFound());
	}

	@Test
	void everyOpeningIsLoggedAndOnlyAdminsReadTheLog() throws Exception {
		SocleUser auditor = this.identity.auditor();
		long before = count("t-auditor", "VIEW");
		this.mvc.perform(get("/beneficiaries/{id}", this.beneficiaryId).with(user(auditor)));
		this.mvc.perform(get("/beneficiaries/{id}/care", this.beneficiaryId).with(user(auditor)));
		assertThat(count("t-auditor", "VIEW")).isEqualTo(before + 2);

		this.mvc
			.perform(get("/admin/access-log").param("username", "t-auditor")
				.param("beneficiary", String.valueOf(this.beneficiaryId))
				.param("from", LocalDate.now(this.clock).minusDays(1).toString())
				.with(user(this.identity.admin())))
			.andExpect(status().isOk())
			.andExpect(view().name("beneficiary/access-log"))
			.andExpect(content().string(containsString(this.pseudonyms.of(this.beneficiaryId))))
			.andExpect(content().string(containsString("Consultation")))
			.andExpect(content().string(containsString("Page de prise en charge")))
			.andExpect(content().string(not(containsString(">care<"))))
			.andExpect(content().string(not(containsString("Zerhouni"))));
		this.mvc.perform(get("/admin/access-log").with(user(this.identity.managerA())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/access-log").with(user(auditor))).andExpect(status().isForbidden());
	}

	/**
	 * Ordered by real surname, a pseudonymised list next to age, sex and admission date
	 * would give people away; it is ordered by pseudonym, without initials, in as many
	 * statements whatever its length.
	 */
	@Test
	void anAuditorsListIsInPseudonymOrderWithoutInitials() throws Exception {
		long home = this.establishments
			.establishment("Privacy order home " + System.nanoTime(), this.identity.organisation("Test Org A"))
			.id();
		List<Long> ids = new ArrayList<>();
		for (String surname : new String[] { "Alaoui", "Bennani", "Chraibi", "Doukkali", "Filali", "Guessous",
				"Hajji" }) {
			ids.add(this.beneficiaries.beneficiary(home, surname)
				.firstName("Zineb")
				.admitted(LocalDate.now(this.clock).minusDays(10), null, null)
				.create());
		}
		List<String> byPseudonym = ids.stream().map(this.pseudonyms::of).sorted().toList();
		for (SocleUser reader : new SocleUser[] { this.identity.auditor(), this.identity.admin() }) {
			List<String> shown = new ArrayList<>();
			for (String page : new String[] { "0", "1" }) {
				String html = this.mvc
					.perform(get("/establishments/{id}/beneficiaries", home).param("size", "4")
						.param("page", page)
						.with(user(reader)))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString();
				assertThat(html).doesNotContain("(ZA)", "(ZB)", "(ZH)").doesNotContainPattern("B-[0-9A-Z]{6} \\(");
				shown.addAll(Jsoup.parse(html).select("tbody tr td:first-child a").eachText());
			}
			assertThat(shown).as("in pseudonym order for %s", reader.getUsername())
				.containsExactlyElementsOf(byPseudonym);
		}
		SocleUser auditor = this.identity.auditor();
		long few = QueryCount.of(this.mvc, get("/establishments/{id}/beneficiaries", home).with(user(auditor)));
		for (int i = 0; i < 20; i++) {
			this.beneficiaries.beneficiary(home, "Idrissi")
				.firstName("N" + (char) ('a' + i))
				.admitted(LocalDate.now(this.clock), null, null)
				.create();
		}
		long many = QueryCount.of(this.mvc, get("/establishments/{id}/beneficiaries", home).with(user(auditor)));
		assertThat(many).as("access check, ids, page rows").isEqualTo(few);
	}

	long count(String username, String action) {
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM beneficiary_access_log WHERE username = ? AND action = ? AND beneficiary_id = ?",
				Long.class, username, action, this.beneficiaryId);
	}

	@Test
	void theListRunsTheSameNumberOfQueriesWhateverItsLength() throws Exception {
		long small = this.establishments.establishment("Privacy count home", this.identity.organisation("Test Org A"))
			.id();
		this.beneficiaries.beneficiary(small, "Compte").admitted(LocalDate.now(this.clock), null, null).create();
		SocleUser manager = this.identity.managerA();
		long few = QueryCount.of(this.mvc, get("/establishments/{id}/beneficiaries", small).with(user(manager)));
		for (int i = 0; i < 30; i++) {
			this.beneficiaries.beneficiary(small, "Compte")
				.firstName("N" + (char) ('a' + i % 26))
				.admitted(LocalDate.now(this.clock), null, null)
				.create();
		}
		long many = QueryCount.of(this.mvc, get("/establishments/{id}/beneficiaries", small).with(user(manager)));
		long again = QueryCount.of(this.mvc, get("/establishments/{id}/beneficiaries", small).with(user(manager)));
		assertThat(few).as("access check, data version, page").isLessThanOrEqualTo(3);
		assertThat(many).as("access check, data version, page, count").isLessThanOrEqualTo(4);
		assertThat(again).as("the same page at the same data version: access check, data version").isEqualTo(2);
	}

}
