package org.socle.establishment.registry;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.QueryCount;
import org.socle.SocleTest;
import org.socle.establishment.Category;
import org.socle.establishment.EstablishmentFixtures;
import org.socle.establishment.EstablishmentStatus;
import org.socle.identity.IdentityFixtures;
import org.socle.identity.SocleUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The establishments list against PostgreSQL: search, filters, sorting and pagination in
 * SQL, scoped to the manager's organisation, with a bounded number of statements.
 */
@SocleTest
class EstablishmentListTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityFixtures fixtures;

	@Autowired
	EstablishmentFixtures establishments;

	long orgA;

	long orgB;

	@BeforeEach
	void establishments() {
		this.orgA = this.fixtures.organisation("Test Org A");
		this.orgB = this.fixtures.organisation("Test Org B");
		LocalDate today = LocalDate.now();
		this.establishments.establishment("LF Alpha enfants Tanger", this.orgA, (f) -> {
			f.setCategory(Category.CHILDREN);
			f.setRegionCode("MA-01");
			f.setAuthorisationStatus(AuthorisationStatus.VALID);
			f.setAuthorisationNumber("A-1");
			f.setAuthorisationExpiry(today.plusYears(2));
		});
		this.establishments.establishment("LF Beta personnes âgées Marrakech", this.orgA, (f) -> {
			f.setCategory(Category.ELDERLY);
			f.setRegionCode("MA-07");
			f.setNameAr("دار بيتا للمسنين");
			f.setAuthorisationStatus(AuthorisationStatus.VALID);
			f.setAuthorisationNumber("A-2");
			f.setAuthorisationExpiry(today.minusDays(3));
		});
		this.establishments.establishment("LF Gamma étudiants Fès", this.orgB, (f) -> {
			f.setCategory(Category.STUDENTS);
			f.setRegionCode("MA-03");
			f.setStatus(EstablishmentStatus.SUSPENDED);
			f.setAuthorisationStatus(AuthorisationStatus.EXPIRED);
		});
		this.establishments.establishment("LF Delta femmes Oujda", this.orgB, (f) -> {
			f.setCategory(Category.WOMEN);
			f.setRegionCode("MA-02");
			f.setAuthorisationStatus(AuthorisationStatus.PENDING);
		});
	}

	@Test
	void anAuditorSeesEveryOrganisationsEstablishmentsSortedByName() throws Exception {
		assertThat(names(list(this.fixtures.auditor(), "q", "LF "))).containsExactly("LF Alpha enfants Tanger",
				"LF Beta personnes âgées Marrakech", "LF Delta femmes Oujda", "LF Gamma étudiants Fès");
	}

	@Test
	void eachLineNamesItsOrganisation() throws Exception {
		assertThat(list(this.fixtures.auditor(), "q", "LF ").getContent())
			.extracting((item) -> item.row().nameFr() + " / " + item.organisationName())
			.containsExactly("LF Alpha enfants Tanger / Test Org A", "LF Beta personnes âgées Marrakech / Test Org A",
					"LF Delta femmes Oujda / Test Org B", "LF Gamma étudiants Fès / Test Org B");
	}

	@Test
	void aManagersListHoldsOnlyTheirOrganisation() throws Exception {
		assertThat(names(list(this.fixtures.managerA(), "q", "LF "))).containsExactly("LF Alpha enfants Tanger",
				"LF Beta personnes âgées Marrakech");
		assertThat(names(list(this.fixtures.managerB(), "q", "LF "))).containsExactly("LF Delta femmes Oujda",
				"LF Gamma étudiants Fès");
		assertThat(names(list(this.fixtures.managerA(), "q", "LF ", "organisation", String.valueOf(this.orgB))))
			.as("a manager cannot widen the list with the organisation filter")
			.isEmpty();
	}

	@Test
	void searchMatchesFrenchAndArabicNamesCaseInsensitively() throws Exception {
		assertThat(names(list(this.fixtures.admin(), "q", "lf gamma"))).containsExactly("LF Gamma étudiants Fès");
		assertThat(names(list(this.fixtures.admin(), "q", "بيتا")))
			.containsExactly("LF Beta personnes âgées Marrakech");
		assertThat(names(list(this.fixtures.admin(), "q", "LF%"))).as("wildcards are literal").isEmpty();
	}

	@Test
	void filtersCombine() throws Exception {
		SocleUser admin = this.fixtures.admin();
		assertThat(names(list(admin, "q", "LF ", "region", "MA-07")))
			.containsExactly("LF Beta personnes âgées Marrakech");
		assertThat(names(list(admin, "q", "LF ", "category", "STUDENTS"))).containsExactly("LF Gamma étudiants Fès");
		assertThat(names(list(admin, "q", "LF ", "status", "SUSPENDED"))).containsExactly("LF Gamma étudiants Fès");
		assertThat(names(list(admin, "q", "LF ", "organisation", String.valueOf(this.orgA))))
			.containsExactly("LF Alpha enfants Tanger", "LF Beta personnes âgées Marrakech");
		assertThat(names(list(admin, "q", "LF ", "expired", "true"))).as("expiry before today, or marked expired")
			.containsExactly("LF Beta personnes âgées Marrakech", "LF Gamma étudiants Fès");
		assertThat(names(list(admin, "q", "LF ", "region", "MA-01", "category", "ELDERLY"))).isEmpty();
	}

	@Test
	void unparseableFiltersAreIgnoredNotAnError() throws Exception {
		assertThat(names(list(this.fixtures.admin(), "q", "LF ", "category", "SPACESHIPS", "region", "XX-99",
				"organisation", "abc", "sort", "password,desc", "page", "-4", "size", "100000")))
			.hasSize(4);
	}

	@Test
	void sortsAndPaginatesInSql() throws Exception {
		SocleUser admin = this.fixtures.admin();
		assertThat(names(list(admin, "q", "LF ", "sort", "nameFr,desc"))).first().isEqualTo("LF Gamma étudiants Fès");
		assertThat(names(list(admin, "q", "LF ", "sort", "regionCode,asc"))).containsExactly("LF Alpha enfants Tanger",
				"LF Delta femmes Oujda", "LF Gamma étudiants Fès", "LF Beta personnes âgées Marrakech");
		Page<EstablishmentListItem> second = list(admin, "q", "LF ", "size", "3", "page", "1");
		assertThat(second.getTotalElements()).isEqualTo(4);
		assertThat(second.getTotalPages()).isEqualTo(2);
		assertThat(names(second)).containsExactly("LF Gamma étudiants Fès");
		this.mvc.perform(get("/establishments?category=CHILDREN&page=1&sort=nameFr,asc").with(user(admin)))
			.andExpect(
					content().string(containsString("href=\"/establishments?category=CHILDREN&amp;sort=nameFr,desc\"")))
			.andExpect(content()
				.string(containsString("href=\"/establishments?category=CHILDREN&amp;sort=category,asc\"")));
	}

	@Test
	void rendersRowsWithTranslatedLabelsAndFlags() throws Exception {
		this.mvc
			.perform(get("/establishments").param("q", "LF ").param("lang", "en").with(user(this.fixtures.auditor())))
			.andExpect(status().isOk())
			.andExpect(view().name(EstablishmentController.LIST_VIEW))
			.andExpect(content().string(containsString("LF Beta personnes âgées Marrakech")))
			.andExpect(content().string(containsString("Older people")))
			.andExpect(content().string(containsString("Authorisation expired")))
			.andExpect(content().string(containsString("Test Org B")))
			.andExpect(content().string(not(containsString("New establishment"))));
	}

	@Test
	void theListRunsTheSameFewStatementsFor5Or200Establishments() throws Exception {
		long orgC = this.fixtures.organisation("Test Org QC");
		this.establishments.establishments("QC-five-", 5, orgC);
		this.establishments.establishments("QC-many-", 200, orgC);
		SocleUser admin = this.fixtures.admin();
		SocleUser manager = this.fixtures.user("t-manager-qc", org.socle.identity.Role.MANAGER, orgC);
		QueryCount.of(this.mvc, listRequest(admin, "QC-five-", "20"));

		this.jdbc.update("UPDATE dashboard_data_version SET version = version + 1");
		long five = QueryCount.of(this.mvc, listRequest(admin, "QC-five-", "20"));
		long many = QueryCount.of(this.mvc, listRequest(admin, "QC-many-", "100"));
		long managerMany = QueryCount.of(this.mvc, listRequest(manager, "QC-many-", "100"));
		long again = QueryCount.of(this.mvc, listRequest(manager, "QC-many-", "100"));

		// the data version, page, organisation names, the organisations filter, the
		// provinces filter; plus the count when the page is full (Spring Data skips it
		// when the first page holds everything)
		assertThat(five).isLessThanOrEqualTo(6);
		assertThat(many).as("100 rows of 200").isLessThanOrEqualTo(6);
		assertThat(managerMany).as("no organisations filter for a manager").isLessThanOrEqualTo(5);
		assertThat(again).as("the same list at the same data version").isOne();
		assertThat(list(admin, "q", "QC-many-", "size", "100").getContent()).hasSize(100);
	}

	private MockHttpServletRequestBuilder listRequest(SocleUser user, String q, String size) {
		return get("/establishments").param("q", q).param("size", size).with(user(user));
	}

	@SuppressWarnings("unchecked")
	private Page<EstablishmentListItem> list(SocleUser user, String... params) throws Exception {
		MockHttpServletRequestBuilder request = get("/establishments").with(user(user));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return (Page<EstablishmentListItem>) this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("page");
	}

	private static List<String> names(Page<EstablishmentListItem> page) {
		return page.getContent().stream().map((item) -> item.row().nameFr()).toList();
	}

}
