package org.socle.establishment.history;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socle.QueryCount;
import org.socle.SocleTest;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.establishment.history.HistoryEntry.Change;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The audit trail (Hibernate Envers): every change to an establishment and its records,
 * with who, when and the fields that changed, on the paginated history tab. Not
 * transactional: revisions are written on commit.
 */
@SocleTest
class EstablishmentHistoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EstablishmentHistoryService historyService;

	@Test
	void everyChangeIsAuditedWithWhoWhenAndWhatAndShownNewestFirst() throws Exception {
		SocleUser manager = this.fixtures.managerA();
		String name = "HT Foyer historique " + System.nanoTime();
		this.mvc.perform(establishment(post("/establishments/new"), name, "30", "0").with(user(manager)))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc.queryForObject("select id from establishment where name_fr = ?", Long.class, name);
		this.mvc.perform(establishment(post("/establishments/" + id + "/edit"), name, "45", "0").with(user(manager)))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/establishments/" + id + "/staff").with(user(manager))
				.with(csrf())
				.param("name", "HT Karim")
				.param("qualification", "Cuisinier")
				.param("startDate", "2023-01-01")
				.param("trainingHoursPerYear", "0"))
			.andExpect(status().is3xxRedirection());
		long staffId = this.jdbc.queryForObject("select id from establishment_staff where establishment_id = ?",
				Long.class, id);
		this.mvc
			.perform(post("/establishments/" + id + "/staff/" + staffId + "/edit").with(user(manager))
				.with(csrf())
				.param("name", "HT Karim")
				.param("qualification", "Éducateur")
				.param("careQualified", "true")
				.param("startDate", "2023-01-01")
				.param("trainingHoursPerYear", "12")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/establishments/" + id + "/staff/" + staffId + "/delete").with(user(manager))
				.with(csrf())
				.param("version", "1"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/establishments/" + id + "/resources").with(user(this.fixtures.admin()))
				.with(csrf())
				.param("year", "2025")
				.param("publicFunding", "1000")
				.param("agreements", "0")
				.param("charity", "500")
				.param("ownIncome", "0"))
			.andExpect(status().is3xxRedirection());

		Page<HistoryEntry> page = history(id, "20");
		assertThat(page.getTotalElements()).isEqualTo(6);
		assertThat(page.getContent()).extracting(HistoryEntry::kind, HistoryEntry::action, HistoryEntry::username)
			.containsExactly(tuple("RESOURCES", "ADD", "t-admin"), tuple("STAFF", "DEL", "t-manager-a"),
					tuple("STAFF", "MOD", "t-manager-a"), tuple("STAFF", "ADD", "t-manager-a"),
					tuple("ESTABLISHMENT", "MOD", "t-manager-a"), tuple("ESTABLISHMENT", "ADD", "t-manager-a"));

		HistoryEntry establishmentEdit = page.getContent().get(4);
		assertThat(establishmentEdit.changes()).extracting(Change::labelKey)
			.containsExactly("establishment.authorisedCapacity");
		assertThat(establishmentEdit.changes().get(0).before().text()).isEqualTo("30");
		assertThat(establishmentEdit.changes().get(0).after().text()).isEqualTo("45");

		HistoryEntry staffEdit = page.getContent().get(2);
		assertThat(staffEdit.subject()).isEqualTo("HT Karim");
		assertThat(staffEdit.changes()).extracting(Change::labelKey)
			.containsExactly("staff.qualification", "staff.careQualified", "staff.trainingHoursPerYear");
		assertThat(staffEdit.changes().get(1).before().key()).isEqualTo("history.no");
		assertThat(staffEdit.changes().get(1).after().key()).isEqualTo("history.yes");
		assertThat(page.getContent().get(1).subject()).as("data kept at deletion").isEqualTo("HT Karim");

		HistoryEntry creation = page.getContent().get(5);
		assertThat(creation.changes()).extracting(Change::labelKey)
			.contains("establishment.nameFr", "establishment.category", "establishment.organisation");
		assertThat(creation.changes().stream().filter((c) -> c.labelKey().equals("establishment.organisation")))
			.singleElement()
			.satisfies((c) -> assertThat(c.after().text()).isEqualTo("Test Org A"));

		assertThat(this.jdbc.queryForList(
				"select distinct r.username from revinfo r join establishment_aud a on a.rev = r.id where a.id = ?",
				String.class, id))
			.containsExactly("t-manager-a");

		this.mvc.perform(get("/establishments/" + id + "/history").with(user(this.fixtures.auditor())))
			.andExpect(status().isOk())
			.andExpect(view().name(EstablishmentHistoryController.VIEW))
			.andExpect(content().string(allOf(containsString("t-manager-a"), containsString("t-admin"),
					containsString("Création"), containsString("Modification"), containsString("Suppression"),
					containsString("Capacité totale"), containsString("Qualifié(e) pour la prise en charge"),
					containsString("Éducateur"))));
	}

	@Test
	@SuppressWarnings("unchecked")
	void historyIsPaginatedAndReadOnlyForItsReaders() throws Exception {
		SocleUser manager = this.fixtures.managerA();
		String name = "HT Pagination " + System.nanoTime();
		this.mvc.perform(establishment(post("/establishments/new"), name, "10", "0").with(user(manager)))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc.queryForObject("select id from establishment where name_fr = ?", Long.class, name);
		for (int version = 0; version < 4; version++) {
			this.mvc
				.perform(establishment(post("/establishments/" + id + "/edit"), name, String.valueOf(11 + version),
						String.valueOf(version))
					.with(user(manager)))
				.andExpect(status().is3xxRedirection());
		}

		Page<HistoryEntry> second = (Page<HistoryEntry>) this.mvc
			.perform(
					get("/establishments/" + id + "/history").param("size", "2").param("page", "1").with(user(manager)))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("page");
		assertThat(second.getTotalElements()).isEqualTo(5);
		assertThat(second.getTotalPages()).isEqualTo(3);
		assertThat(second.getContent()).extracting((e) -> e.changes().get(0).after().text())
			.containsExactly("12", "11");

		this.mvc.perform(get("/establishments/" + id + "/history").with(user(this.fixtures.managerB())))
			.andExpect(status().isNotFound());
	}

	@Test
	void theHistoryIsShownInTheReadersLanguageWithDayMonthYearDates() throws Exception {
		SocleUser manager = this.fixtures.managerA();
		String name = "HT Langue " + System.nanoTime();
		long essaouira = this.jdbc.queryForObject("select id from province where name_fr = 'Essaouira'", Long.class);
		this.mvc
			.perform(establishment(post("/establishments/new"), name, "30", "0")
				.param("provinceId", String.valueOf(essaouira))
				.param("openingDate", "2020-03-15")
				.with(user(manager)))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc.queryForObject("select id from establishment where name_fr = ?", Long.class, name);
		String regionAr = this.jdbc.queryForObject("select name_ar from region where code = 'MA-07'", String.class);

		this.mvc.perform(get("/establishments/" + id + "/history").param("lang", "ar").with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("MA-07 " + regionAr), containsString("الصويرة"),
					containsString("15/03/2020"), containsString("<strong>مؤسسة</strong>"),
					not(containsString("2020-03-15")), not(containsString("MA-07 Marrakech-Safi")))));
		this.mvc.perform(get("/establishments/" + id + "/history").param("lang", "fr").with(user(manager)))
			.andExpect(content().string(allOf(containsString("MA-07 Marrakech-Safi"), containsString("Essaouira"),
					containsString("15/03/2020"), containsString("<strong>" + name + "</strong>"))));
	}

	@Test
	void theHistoryLoadsOnlyThePagesRevisionsAndTheOnesBeforeThem() throws Exception {
		SocleUser manager = this.fixtures.managerA();
		long once = created("HT Une révision " + System.nanoTime(), manager);
		String name = "HT Trente révisions " + System.nanoTime();
		long thirty = created(name, manager);
		for (int version = 0; version < 29; version++) {
			this.mvc
				.perform(establishment(post("/establishments/" + thirty + "/edit"), name, String.valueOf(11 + version),
						String.valueOf(version))
					.with(user(manager)))
				.andExpect(status().is3xxRedirection());
		}

		List<EstablishmentHistoryService.Row> rows = this.historyService.rows(thirty, PageRequest.of(0, 2));
		assertThat(rows).extracting(EstablishmentHistoryService.Row::revtype).containsExactly(1, 1);
		assertThat(this.historyService.states(rows).values().stream().mapToInt(Map::size).sum())
			.as("the two revisions shown and the one before the older")
			.isEqualTo(3);
		assertThat(history(thirty, "2").getContent()).extracting((e) -> e.changes().get(0).before().text())
			.containsExactly("38", "37");

		SocleUser auditor = this.fixtures.auditor();
		QueryCount.of(this.mvc, get("/establishments/" + once + "/history").with(user(auditor)));
		long one = QueryCount.of(this.mvc, get("/establishments/" + once + "/history").with(user(auditor)));
		long many = QueryCount.of(this.mvc, get("/establishments/" + thirty + "/history").with(user(auditor)));
		assertThat(many).as("statements with 30 revisions").isEqualTo(one);
	}

	/** Amounts read as money in the reader's locale; technical authors get a label. */
	@Test
	void amountsShowAsMoneyAndTechnicalAuthorsByTheirLabel() throws Exception {
		SocleUser manager = this.fixtures.managerA();
		long id = created("HT Argent " + System.nanoTime(), manager);
		this.mvc
			.perform(post("/establishments/" + id + "/resources").with(user(manager))
				.with(csrf())
				.param("year", "2025")
				.param("publicFunding", "523600")
				.param("agreements", "0")
				.param("charity", "1250.5")
				.param("ownIncome", "0"))
			.andExpect(status().is3xxRedirection());
		this.jdbc.update("update revinfo set username = 'demo-data' where id = "
				+ "(select min(rev) from establishment_aud where id = ?)", id);

		String french = historyPage(id, "fr");
		assertThat(french).contains("523 600,00 MAD", "1 250,50 MAD", "Données de démonstration")
			.doesNotContain("523600.00", ">demo-data<");
		assertThat(historyPage(id, "en")).contains("MAD 523,600.00", "Demo data");
		assertThat(historyPage(id, "ar")).contains("523.600,00 درهم", "بيانات العرض التوضيحي");
	}

	/**
	 * The history tab's HTML with narrow and ordinary no-break spaces as plain spaces.
	 */
	private String historyPage(long id, String language) throws Exception {
		return this.mvc
			.perform(get("/establishments/" + id + "/history").param("lang", language)
				.with(user(this.fixtures.auditor())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replace('\u202f', ' ')
			.replace('\u00a0', ' ');
	}

	private long created(String name, SocleUser manager) throws Exception {
		this.mvc.perform(establishment(post("/establishments/new"), name, "10", "0").with(user(manager)))
			.andExpect(status().is3xxRedirection());
		return this.jdbc.queryForObject("select id from establishment where name_fr = ?", Long.class, name);
	}

	@SuppressWarnings("unchecked")
	private Page<HistoryEntry> history(long id, String size) throws Exception {
		return (Page<HistoryEntry>) this.mvc
			.perform(get("/establishments/" + id + "/history").param("size", size).with(user(this.fixtures.auditor())))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("page");
	}

	private static MockHttpServletRequestBuilder establishment(MockHttpServletRequestBuilder request, String name,
			String capacity, String version) {
		return request.with(csrf())
			.param("nameFr", name)
			.param("nameAr", "مؤسسة")
			.param("category", "ELDERLY")
			.param("status", "ACTIVE")
			.param("regionCode", "MA-07")
			.param("authorisationStatus", "PENDING")
			.param("authorisedCapacity", capacity)
			.param("version", version);
	}

}
