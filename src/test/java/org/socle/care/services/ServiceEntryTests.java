package org.socle.care.services;

import java.time.Clock;
import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.SocleTest;
import org.socle.beneficiary.BeneficiaryFixtures;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The group entry of services, the most frequent staff task: today by default, the last
 * type remembered, a filter and select-all over the people present, the list following
 * the date, nothing typed lost on an error, and entry from a beneficiary's record.
 */
@SocleTest
class ServiceEntryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	EstablishmentFixtures establishments;

	@Autowired
	BeneficiaryFixtures beneficiaries;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	SocleUser manager;

	long establishmentId;

	long amina;

	long youssef;

	long newcomer;

	@BeforeEach
	void fixture() {
		this.manager = this.identity.user("t-entry-manager", Role.MANAGER, this.identity.organisation("Test Org A"));
		this.establishmentId = this.establishments
			.establishment("Entry home " + System.nanoTime(), this.identity.organisation("Test Org A"))
			.id();
		this.amina = this.beneficiaries.beneficiary(this.establishmentId, "Entrya")
			.firstName("Amina")
			.admitted(today().minusDays(30), null, null)
			.create();
		this.youssef = this.beneficiaries.beneficiary(this.establishmentId, "Entryb")
			.firstName("Youssef")
			.admitted(today().minusDays(30), null, null)
			.create();
		this.newcomer = this.beneficiaries.beneficiary(this.establishmentId, "Entryc")
			.firstName("Nouveau")
			.admitted(today(), null, null)
			.create();
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	long typeId(String code) {
		return this.jdbc.queryForObject("SELECT id FROM care_service_type WHERE code = ?", Long.class, code);
	}

	Document page(String url, Object... params) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url, params).with(user(this.manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void theEntryOpensOnTodayWithAFilterAndSelectAllOverThePeoplePresent() throws Exception {
		Document form = page("/establishments/{id}/services/new", this.establishmentId);
		assertThat(form.select("input[name=serviceDate]")).as("one date field").hasSize(1);
		assertThat(form.selectFirst("input[name=serviceDate]").val()).isEqualTo(today().toString());
		assertThat(form.select("input[type=search][data-filter-list=#present-list]")).hasSize(1);
		assertThat(form.select("input[type=checkbox][data-select-all=#present-list]")).hasSize(1);
		assertThat(form.select("#present-list input[name=beneficiaryIds]")).hasSize(3);
		assertThat(form.select("script[src*=service-entry.js]")).hasSize(1);
	}

	@Test
	void theLastServiceTypeIsOfferedFirstOnTheNextVisit() throws Exception {
		long leisure = typeId("LEISURE");
		this.mvc
			.perform(post("/establishments/{id}/services/new", this.establishmentId).with(user(this.manager))
				.with(csrf())
				.param("serviceTypeId", String.valueOf(leisure))
				.param("serviceDate", today().toString())
				.param("beneficiaryIds", String.valueOf(this.amina), String.valueOf(this.youssef)))
			.andExpect(status().is3xxRedirection());

		Document next = page("/establishments/{id}/services/new", this.establishmentId);
		assertThat(next.selectFirst("select[name=serviceTypeId] option[selected]").val())
			.isEqualTo(String.valueOf(leisure));
		assertThat(
				page("/establishments/{id}/services/new", this.establishmentId).select("#present-list input[checked]"))
			.as("nobody ticked in advance")
			.isEmpty();
		Document otherManager = Jsoup.parse(this.mvc
			.perform(
					get("/establishments/{id}/services/new", this.establishmentId).with(user(this.identity.managerA())))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(otherManager.select("select[name=serviceTypeId] option[selected][value=" + leisure + "]"))
			.as("remembered per user")
			.isEmpty();
	}

	@Test
	void changingTheDateReloadsWhoWasPresentAndKeepsTheTicks() throws Exception {
		String html = this.mvc
			.perform(get("/establishments/{id}/services/new", this.establishmentId).with(user(this.manager))
				.header("HX-Request", "true")
				.param("serviceDate", today().minusDays(1).toString())
				.param("beneficiaryIds", String.valueOf(this.youssef)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document present = Jsoup.parse(html);
		assertThat(present.select("html > body > fieldset#present, body > fieldset#present")).hasSize(1);
		assertThat(present.select("nav")).as("only the list, not the page").isEmpty();
		assertThat(present.select("#present-list input[name=beneficiaryIds]")).extracting((e) -> e.val())
			.containsExactlyInAnyOrder(String.valueOf(this.amina), String.valueOf(this.youssef));
		assertThat(present.select("#present-list input[checked]")).extracting((e) -> e.val())
			.containsExactly(String.valueOf(this.youssef));
	}

	@Test
	void anErrorKeepsEverythingTypedAndSaysWhatIsWrongInTheUsersLanguage() throws Exception {
		String html = this.mvc
			.perform(post("/establishments/{id}/services/new", this.establishmentId).with(user(this.manager))
				.with(csrf())
				.param("lang", "ar")
				.param("serviceTypeId", String.valueOf(typeId("FOOD")))
				.param("serviceDate", today().minusDays(1).toString())
				.param("notes", "Repas de fête")
				.param("beneficiaryIds", String.valueOf(this.amina), String.valueOf(this.newcomer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document form = Jsoup.parse(html);
		assertThat(form.selectFirst("textarea[name=notes]").text()).isEqualTo("Repas de fête");
		assertThat(form.selectFirst("select[name=serviceTypeId] option[selected]").val())
			.isEqualTo(String.valueOf(typeId("FOOD")));
		assertThat(form.selectFirst("input[name=serviceDate]").val()).isEqualTo(today().minusDays(1).toString());
		assertThat(form.select("#present-list input[checked]")).extracting((e) -> e.val())
			.containsExactly(String.valueOf(this.amina));
		assertThat(form.selectFirst("#beneficiaryIds-errors").text())
			.isEqualTo("بعض الأشخاص المختارين غير حاضرين في المؤسسة في هذا التاريخ.");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM care_record WHERE establishment_id = ?", Long.class,
				this.establishmentId))
			.isZero();
	}

	@Test
	void aServiceIsRecordedFromABeneficiarysRecordWithThePersonTicked() throws Exception {
		for (String record : new String[] { "/beneficiaries/{id}", "/beneficiaries/{id}/care" }) {
			String href = page(record, this.youssef).selectFirst("a#record-service").attr("href");
			assertThat(href)
				.isEqualTo("/establishments/" + this.establishmentId + "/services/new?beneficiary=" + this.youssef);
		}
		Document form = page("/establishments/{id}/services/new?beneficiary={b}", this.establishmentId, this.youssef);
		assertThat(form.select("#present-list input[checked]")).extracting((e) -> e.val())
			.containsExactly(String.valueOf(this.youssef));
		assertThat(page("/beneficiaries/{id}", this.youssef).select("a#record-service")).hasSize(1);
		String auditorView = this.mvc
			.perform(get("/beneficiaries/{id}", this.youssef).with(user(this.identity.auditor())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(auditorView).select("a#record-service")).isEmpty();
	}

}
